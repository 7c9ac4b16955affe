foo(
    a,
    b c,
)

# Any other uncaught exception exits with status 1 after its traceback.
print("start")  # expect: start
raise RuntimeError("boom")  # expect-error: RuntimeError: boom

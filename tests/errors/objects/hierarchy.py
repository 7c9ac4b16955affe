# The built-in exception hierarchy matches CPython's.
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__[:-1])

print(chain(ZeroDivisionError))  # expect: ZeroDivisionError > ArithmeticError > Exception > BaseException
print(chain(KeyError))  # expect: KeyError > LookupError > Exception > BaseException
print(chain(IndexError))  # expect: IndexError > LookupError > Exception > BaseException
print(chain(ModuleNotFoundError))  # expect: ModuleNotFoundError > ImportError > Exception > BaseException
print(chain(UnboundLocalError))  # expect: UnboundLocalError > NameError > Exception > BaseException
print(chain(RecursionError))  # expect: RecursionError > RuntimeError > Exception > BaseException
print(chain(NotImplementedError))  # expect: NotImplementedError > RuntimeError > Exception > BaseException
print(chain(TabError))  # expect: TabError > IndentationError > SyntaxError > Exception > BaseException
print(chain(UnicodeDecodeError))  # expect: UnicodeDecodeError > UnicodeError > ValueError > Exception > BaseException
print(chain(BrokenPipeError))  # expect: BrokenPipeError > ConnectionError > OSError > Exception > BaseException
print(chain(FileNotFoundError))  # expect: FileNotFoundError > OSError > Exception > BaseException
print(chain(TimeoutError))  # expect: TimeoutError > OSError > Exception > BaseException
print(chain(DeprecationWarning))  # expect: DeprecationWarning > Warning > Exception > BaseException
print(chain(ExceptionGroup))  # expect: ExceptionGroup > BaseExceptionGroup > Exception > BaseException
print(chain(KeyboardInterrupt))  # expect: KeyboardInterrupt > BaseException
print(chain(SystemExit))  # expect: SystemExit > BaseException
print(chain(GeneratorExit))  # expect: GeneratorExit > BaseException
print(chain(StopAsyncIteration))  # expect: StopAsyncIteration > Exception > BaseException
print(EnvironmentError is OSError, IOError is OSError)  # expect: True True
print(ValueError.__module__, ValueError.__name__, ValueError.__qualname__)  # expect: builtins ValueError ValueError
print(ZeroDivisionError.__doc__)  # expect: Second argument to a division or modulo operation was zero.
print(issubclass(FloatingPointError, ArithmeticError), issubclass(OverflowError, ArithmeticError))  # expect: True True
print(issubclass(EOFError, Exception), issubclass(MemoryError, Exception), issubclass(BufferError, Exception))  # expect: True True True
print(issubclass(ConnectionRefusedError, ConnectionError), issubclass(ConnectionResetError, ConnectionError))  # expect: True True
print(issubclass(ConnectionAbortedError, ConnectionError), issubclass(ChildProcessError, OSError))  # expect: True True
print(issubclass(ProcessLookupError, OSError), issubclass(InterruptedError, OSError), issubclass(BlockingIOError, OSError))  # expect: True True True
print(issubclass(IsADirectoryError, OSError), issubclass(NotADirectoryError, OSError), issubclass(PermissionError, OSError))  # expect: True True True
print(issubclass(FileExistsError, OSError), issubclass(ReferenceError, Exception), issubclass(SystemError, Exception))  # expect: True True True
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeTranslateError, UnicodeError))  # expect: True True
print(issubclass(AssertionError, Exception), issubclass(AttributeError, Exception), issubclass(TypeError, Exception))  # expect: True True True
names = ["BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
         "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning"]
import builtins
print(all(issubclass(getattr(builtins, n), Warning) for n in names))  # expect: True

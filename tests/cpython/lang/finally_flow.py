def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            out.append("f%d" % i)
            continue
    return out
print(continue_in_finally())

def finally_order():
    log = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 1:
                    break
            finally:
                log.append(("inner", i))
        finally:
            log.append(("outer", i))
    return log
print(finally_order())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())

def int_ret():
    x = 1
    try:
        return x
    finally:
        x = 2
print(int_ret())

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())

def loop_with_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_with_return())

def while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        print("while else ran")
    for i in range(3):
        if i == 1:
            break
    else:
        print("not printed")
    for i in []:
        pass
    else:
        print("empty for else")
while_else()

def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    exc_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def except_then_finally():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            raise TypeError("t")
        finally:
            print("finally sees exception in flight")
    except TypeError as e:
        print("caught", e, "context", repr(e.__context__))
except_then_finally()

# generator with finally and return
def gen():
    try:
        yield 1
        return
    finally:
        print("gen finally")
print(list(gen()))

# try/except inside loops with break in except
for i in range(5):
    try:
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("breaking at", i)
        break

# finally with exception that propagates out of function
def propagate():
    try:
        return 1 / 0
    finally:
        print("before propagating")
try:
    propagate()
except ZeroDivisionError:
    print("propagated")

def count_calls():
    count = 0
    for _ in range(3):
        try:
            count += 1
            continue
        finally:
            count += 10
    return count
print(count_calls())

# sys.exc_info inside and after handler
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())

def nested_handlers():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        print("after inner:", repr(sys.exc_info()[1]))
nested_handlers()
print(sys.exc_info()[0])

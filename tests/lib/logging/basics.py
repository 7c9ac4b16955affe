# logging: getLogger hierarchy, handlers and formatters, levels, threadName, exception().
import logging, sys, threading
log = logging.getLogger("app.sub")
print(log, logging.getLogger("app"), log.parent.name, logging.getLogger() is logging.root, log.getEffectiveLevel())
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [%(threadName)s] %(name)s: %(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
log.debug("dbg %s", "x")
def work():
    log.info("from thread")
t = threading.Thread(target=work, name="Worker-1")
t.start()
t.join()
import io
buf = io.StringIO()
h.setStream(buf)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
h.setStream(sys.stdout)
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h2)
other.propagate = False
other.warning("brace %s", "style")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logging.info("configured")
logging.debug("hidden")
text = buf2.getvalue()
print(len(text.splitlines()), text[4] == "-", text[13] == ":", text[19] == ",", text[24:])
print(isinstance(logging.root.handlers[0], logging.StreamHandler), logging.root.level)

# Expected output, in order:
# expect: <Logger app.sub (WARNING)> <Logger app (WARNING)> app True 30
# expect: DEBUG [MainThread] app.sub: dbg x
# expect: INFO [Worker-1] app.sub: from thread
# expect: ERROR [MainThread] app.sub: failed Traceback (most recent call last): ZeroDivisionError: division by zero
# expect: WARNING|brace style
# expect: DEBUG 20 Level 15
# expect: 1 True True True INFO configured
# expect:
# expect: True 20

import os, os.path as osp, sys, time
print(osp.join('a', 'b', 'c.txt'), osp.join('/abs', 'x'), osp.join('a', '/b'), osp.join('a/', 'b'), osp.join('', 'x'), osp.join('a', ''))
print(osp.split('/a/b/c.txt'), osp.split('c'), osp.split('/'), osp.splitext('f.tar.gz'), osp.splitext('.bashrc'), osp.splitext('noext'), osp.splitext('a.b/c'))
print(osp.basename('/x/y.py'), osp.dirname('/x/y.py'), osp.basename('/x/'), osp.dirname('y'), osp.isabs('/a'), osp.isabs('a'), osp.normpath('/a/./b/../c//d/'), osp.normpath(''), osp.normpath('../x/..'))
print(osp.commonprefix(['/usr/lib', '/usr/local']), osp.commonpath(['/usr/lib', '/usr/local']), osp.relpath('/a/b/c', '/a'), osp.relpath('/a', '/a/b/c'), osp.expanduser('x'), osp.splitdrive('/a/b'))
print(osp.exists('ospath_sys_time.py'), osp.isfile('ospath_sys_time.py'), osp.isdir('.'), osp.exists('nope.nope'), osp.getsize('ospath_sys_time.py') > 0, os.sep, os.curdir, os.pardir, os.linesep == '\n', os.path.sep)
print(sys.version_info >= (3, 8), sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info > (3,), sys.maxsize, sys.maxsize == 2**63 - 1, sys.argv[0], len(sys.argv), sys.byteorder, type(sys.path).__name__, sys.platform)
print(sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit > 0, sys.hash_info.modulus, 'sys' in sys.modules, sys.stdout.write('written\n'), sys.getsizeof(1) > 0)
print(sys.intern('abc'), sys.flags.optimize, sys.exc_info(), callable(sys.exit), sys.implementation.name != '', isinstance(sys.version, str))
try:
    raise ValueError('x')
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
t = time.gmtime(0)
print(t, t.tm_year, t[0], time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %b %d %j %U %w %y %%', time.gmtime(86400 * 400)), time.asctime(time.gmtime(10**9)))
print(time.mktime(time.localtime(1000000)) == 1000000.0, type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__, time.gmtime(1.5e9)[:6], time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strptime('2021-03-04', '%Y-%m-%d')[:6], time.strftime('%H:%M', time.strptime('13:45', '%H:%M')), time.calendar if False else '', time.sleep(0))
try:
    time.strptime('bad', '%Y')
except ValueError as e:
    print(e)
try:
    sys.exit(3)
except SystemExit as e:
    print('exit code', e.code)
os.environ['WEFT_TEST_VAR'] = 'v'
print(os.environ.get('WEFT_TEST_VAR'), os.getenv('NOPE_NOPE', 'dflt'), 'WEFT_TEST_VAR' in os.environ, type(os.getcwd()).__name__, os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))

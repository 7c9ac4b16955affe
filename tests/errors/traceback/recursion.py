# Identical consecutive frames are folded: three shown, then
# "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(60)


def down(n):
    return down(n + 1)


down(0)

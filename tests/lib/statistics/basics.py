# statistics: mean, median, mode, stdev, variance on ints and floats.
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.fmean([1, 2]))  # expect: 2.5 2 1.5
print(statistics.median([3, 1, 2]), statistics.median([1, 2, 3, 4]), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))  # expect: 2 2.5 2 3
print(statistics.mode([1, 1, 2]), statistics.mode("aab"), statistics.multimode("aabbc"))  # expect: 1 a ['a', 'b']
print(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))  # expect: 2.138089935299395 2.0
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.variance([1, 3, 5]))  # expect: 1.6666666666666667 1.25 4
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)  # expect: mean requires at least one data point
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print(e)  # expect: stdev requires at least two data points

import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.mean([1.5, 2.5]), st.mean([1, 2]), st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.fmean([1, 2, 3]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([1, 2, 4]))
print(st.multimode('aabbbcc'), st.multimode([1, 1, 2, 2]), st.mode(['x', 'y', 'x']), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.quantiles(range(10), n=3, method='inclusive'))



for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.variance([]), lambda: st.harmonic_mean([-1]), lambda: st.quantiles([1], n=4), lambda: st.geometric_mean([0])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print('StatisticsError:', e)
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 6]))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(115), 6), round(nd.inv_cdf(0.5), 6), round(nd.pdf(100), 8), nd + 5, nd * 2)
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.variance([1.5, 2.5, 2.5]), st.mean(x for x in range(5)), st.median([5]), st.mean([True, False]))
from fractions import Fraction as F
print(st.mean([F(1, 2), F(1, 3)]), st.variance([F(1), F(2), F(4)]), st.median_grouped([1, 2, 2, 3, 4]), st.mean([1, F(1, 2)]), st.mean([0.5, F(1, 2)]), st.harmonic_mean([40, 60], weights=[5, 30]))
for d in [[1.1, 2.2, 3.3], [0.1] * 7, [1, 2.5, 3], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [3, 4.5, 10**20]]:
    for f in [st.mean, st.variance, st.stdev, st.pvariance, st.pstdev, st.median, st.harmonic_mean, st.geometric_mean, st.fmean]:
        print(f.__name__, repr(f(d)))
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print(e)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), st.NormalDist(0, 1).quantiles(), round(st.NormalDist(0, 1).overlap(st.NormalDist(1, 2)), 12), st.NormalDist(5, 2).zscore(9))

"""Class test results summarized with statistics."""
import statistics as st

scores = [72, 85, 91, 60, 85, 78, 95, 85, 66, 70, 88, 91]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.median_low(scores), st.median_high(scores))
print(st.mode(scores), st.multimode([1, 1, 2, 2, 3]), st.multimode("aabbbcc"))
print(round(st.stdev(scores), 6), round(st.pstdev(scores), 6), round(st.variance(scores), 6), round(st.pvariance(scores), 6))
print(st.quantiles(scores, n=4), st.quantiles(scores, n=10, method="inclusive"))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.mean([1.5, 2.5, 3.5]), st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3])))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1, 4)]))
heights = [160, 172, 181, 155, 168]
weights = [55, 70, 82, 50, 64]
print(round(st.correlation(heights, weights), 6), round(st.covariance(heights, weights), 6))
slope, intercept = st.linear_regression(heights, weights)
print(round(slope, 6), round(intercept, 6))
d = st.NormalDist(mu=100, sigma=15)
print(d, round(d.cdf(115), 6), round(d.pdf(100), 6), round(d.inv_cdf(0.975), 6))
print(round(d.overlap(st.NormalDist(110, 10)), 6), d.mean, d.stdev, d.variance)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
print([round(q, 4) for q in d.quantiles(4)], round(d.zscore(130), 4))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
for name, vals in [("A", [1, 2, 3]), ("B", [10, 10, 11, 50]), ("C", [2.5, 2.5, 2.5])]:
    print(name, st.mean(vals), st.median(vals), round(st.pstdev(vals), 4))

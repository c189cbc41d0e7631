# Mean, variance, median and quantiles computed with sum/sorted/len and formatted results.
data = [2.5, 3.1, 4.7, 1.2, 9.8, 3.3, 5.5, 7.1, 0.4, 6.6, 3.3]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
s = sorted(data)
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
q1, q3 = s[n // 4], s[3 * n // 4]
print(mean, var, var ** 0.5, median, q1, q3, max(data) - min(data))
print(f"mean={mean:.4f} sd={var ** 0.5:.4g} median={median} iqr={q3 - q1:.2f}")
print(round(mean, 2), round(var, 3), sorted(set(data)) == sorted(dict.fromkeys(data)), data.count(3.3), s.index(3.3))
hist = {}
for x in data:
    hist[int(x) // 2 * 2] = hist.get(int(x) // 2 * 2, 0) + 1
for k in sorted(hist):
    print(f"{k:>2}-{k + 2:<2} {'#' * hist[k]}")

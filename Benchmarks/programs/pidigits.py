# Digits of pi by an unbounded spigot (Gibbons' algorithm with linear fractional
# transformations), printed ten digits per line, plus the digit frequencies.
# Exercises arbitrary-precision integer multiply, add and floor division on
# numbers that grow to thousands of digits.
import sys


def pi_digits(count):
    q, r, t = 1, 0, 1
    k = 1
    produced = 0
    while produced < count:
        # compose with the next term (k, 4k + 2, 0, 2k + 1)
        l = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * l, t * l
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit != (4 * q + r) // t:
            continue
        yield digit
        produced += 1
        # extract the digit: multiply by 10 and subtract it
        q, r = 10 * q, 10 * (r - digit * t)


def main(count):
    line = []
    frequencies = [0] * 10
    shown = 0
    for i, d in enumerate(pi_digits(count)):
        frequencies[d] += 1
        line.append(str(d))
        if len(line) == 10:
            shown += 1
            if shown <= 5 or (i + 1) == count:
                print("%s\t:%d" % ("".join(line), i + 1))
            line = []
    if line:
        print("%s\t:%d" % ("".join(line).ljust(10), count))
    print("frequencies " + " ".join(str(f) for f in frequencies))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7000)

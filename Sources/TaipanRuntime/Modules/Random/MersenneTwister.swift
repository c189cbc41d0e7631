// MT19937, the generator of CPython's _random (Matsumoto and Nishimura's reference
// algorithm, with its init_genrand/init_by_array seeding), over a state kept in a heap buffer:
// 624 32-bit words then the position of the next word, as a UInt32 too.

struct MersenneTwister {
    static let n = 624
    static let m = 397
    static let stateBytes = (n + 1) * 4

    let words: UnsafeMutablePointer<UInt32>

    @inline(__always) var position: Int {
        get { Int(words[MersenneTwister.n]) }
        nonmutating set { words[MersenneTwister.n] = UInt32(newValue) }
    }

    func seed(_ s: UInt32) {
        words[0] = s
        for i in 1..<MersenneTwister.n {
            let previous = words[i - 1]
            words[i] = 1812433253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        position = MersenneTwister.n
    }

    func seed(key: [UInt32]) {
        let n = MersenneTwister.n
        seed(19650218)
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            let previous = words[i - 1]
            words[i] = (words[i] ^ ((previous ^ (previous >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n { words[0] = words[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            let previous = words[i - 1]
            words[i] = (words[i] ^ ((previous ^ (previous >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { words[0] = words[n - 1]; i = 1 }
        }
        words[0] = 0x8000_0000
        position = n
    }

    /// Refills the 624 words.
    func generate() {
        let n = MersenneTwister.n, m = MersenneTwister.m
        func twist(_ a: Int, _ b: Int, _ c: Int) {
            let y = (words[a] & 0x8000_0000) | (words[b] & 0x7fff_ffff)
            words[a] = words[c] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
        }
        for k in 0..<(n - m) { twist(k, k + 1, k + m) }
        for k in (n - m)..<(n - 1) { twist(k, k + 1, k + m - n) }
        twist(n - 1, 0, m - 1)
        position = 0
    }

    @inline(__always)
    func next() -> UInt32 {
        if position >= MersenneTwister.n { generate() }
        var y = words[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// A float in [0, 1) with 53 random bits, as random.random().
    func nextDouble() -> Double {
        let a = Double(next() >> 5), b = Double(next() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

// The sequence algorithms str, bytes and bytearray share, over plain arrays of code units
// (code points for str, bytes for the others): searching, splitting, replacing, padding,
// tab expansion. Results are ranges or arrays; the callers turn them into objects.

enum TextAlgorithms {
    /// The first index of `sub` in `s[start..<end]`, or -1.
    static func find<T: Equatable>(_ s: [T], _ sub: [T], _ start: Int, _ end: Int) -> Int {
        let n = sub.count
        if start > end || end - start < n { return -1 }
        if n == 0 { return start }
        var i = start
        while i <= end - n {
            if s[i] == sub[0] {
                var j = 1
                while j < n && s[i + j] == sub[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return -1
    }

    /// The last index of `sub` in `s[start..<end]`, or -1.
    static func rfind<T: Equatable>(_ s: [T], _ sub: [T], _ start: Int, _ end: Int) -> Int {
        let n = sub.count
        if start > end || end - start < n { return -1 }
        var i = end - n
        while i >= start {
            var j = 0
            while j < n && s[i + j] == sub[j] { j += 1 }
            if j == n { return i }
            i -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences of `sub` in `s[start..<end]`.
    static func count<T: Equatable>(_ s: [T], _ sub: [T], _ start: Int, _ end: Int) -> Int {
        if start > end || end - start < sub.count { return 0 }
        if sub.isEmpty { return end - start + 1 }
        var n = 0
        var i = start
        while true {
            let at = find(s, sub, i, end)
            if at < 0 { return n }
            n += 1
            i = at + sub.count
        }
    }

    /// The pieces between occurrences of `sep`, at most `maxsplit` splits (negative: all).
    static func split<T: Equatable>(_ s: [T], _ sep: [T], _ maxsplit: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var left = maxsplit < 0 ? Int.max : maxsplit
        while left > 0 {
            let at = find(s, sep, start, s.count)
            if at < 0 { break }
            out.append(start..<at)
            start = at + sep.count
            left -= 1
        }
        out.append(start..<s.count)
        return out
    }

    static func rsplit<T: Equatable>(_ s: [T], _ sep: [T], _ maxsplit: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var end = s.count
        var left = maxsplit < 0 ? Int.max : maxsplit
        while left > 0 {
            let at = rfind(s, sep, 0, end)
            if at < 0 { break }
            out.append((at + sep.count)..<end)
            end = at
            left -= 1
        }
        out.append(0..<end)
        return out.reversed()
    }

    /// Runs of non-whitespace; after `maxsplit` splits the rest (from its first non-space) is one piece.
    static func splitWhitespace<T>(_ s: [T], _ maxsplit: Int, _ isSpace: (T) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        var left = maxsplit < 0 ? Int.max : maxsplit
        let n = s.count
        while true {
            while i < n && isSpace(s[i]) { i += 1 }
            if i >= n { break }
            if left == 0 {
                out.append(i..<n)
                break
            }
            let start = i
            while i < n && !isSpace(s[i]) { i += 1 }
            out.append(start..<i)
            left -= 1
        }
        return out
    }

    static func rsplitWhitespace<T>(_ s: [T], _ maxsplit: Int, _ isSpace: (T) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = s.count
        var left = maxsplit < 0 ? Int.max : maxsplit
        while true {
            while i > 0 && isSpace(s[i - 1]) { i -= 1 }
            if i <= 0 { break }
            if left == 0 {
                out.append(0..<i)
                break
            }
            let end = i
            while i > 0 && !isSpace(s[i - 1]) { i -= 1 }
            out.append(i..<end)
            left -= 1
        }
        return out.reversed()
    }

    /// Lines; `isBreak` says which units end a line (a CR LF pair is one break).
    static func splitlines<T: BinaryInteger>(_ s: [T], keepends: Bool, _ isBreak: (T) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            if !isBreak(s[i]) { i += 1; continue }
            var end = i + 1
            if s[i] == 0x0D && end < s.count && s[end] == 0x0A { end += 1 }
            out.append(start..<(keepends ? end : i))
            start = end
            i = end
        }
        if start < s.count { out.append(start..<s.count) }
        return out
    }

    /// `s` with occurrences of `old` replaced by `new`, at most `limit` times (negative: all).
    static func replace<T: Equatable>(_ s: [T], _ old: [T], _ new: [T], _ limit: Int) -> [T] {
        var left = limit < 0 ? Int.max : limit
        var out: [T] = []
        out.reserveCapacity(s.count)
        if old.isEmpty {
            // An empty pattern matches before every unit and at the end.
            var i = 0
            while i <= s.count {
                if left > 0 { out += new; left -= 1 }
                if i < s.count { out.append(s[i]) }
                i += 1
            }
            return out
        }
        var i = 0
        while i < s.count {
            if left > 0, let at = Optional(find(s, old, i, s.count)), at >= 0 {
                out += s[i..<at]
                out += new
                i = at + old.count
                left -= 1
            } else {
                out += s[i...]
                break
            }
        }
        return out
    }

    /// Tabs expanded to the next multiple of `tabsize` columns; CR and LF reset the column.
    static func expandtabs<T: BinaryInteger>(_ s: [T], _ tabsize: Int) -> [T] {
        var out: [T] = []
        var column = 0
        for c in s {
            if c == 0x09 {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize
                    out += repeatElement(T(0x20), count: spaces)
                    column += spaces
                }
            } else {
                out.append(c)
                column = c == 0x0A || c == 0x0D ? 0 : column + 1
            }
        }
        return out
    }

    /// ljust (mode 0), rjust (1) or center (2), CPython's centring rule included.
    static func pad<T>(_ s: [T], _ width: Int, _ fill: T, mode: Int) -> [T]? {
        let pad = width - s.count
        if pad <= 0 { return nil }
        let left = mode == 0 ? 0 : mode == 1 ? pad : pad / 2 + (pad & width & 1)
        return Array(repeating: fill, count: left) + s + Array(repeating: fill, count: pad - left)
    }

    static func zfill<T: BinaryInteger>(_ s: [T], _ width: Int) -> [T]? {
        if width <= s.count { return nil }
        var out = s
        let signed = !s.isEmpty && (s[0] == 0x2B || s[0] == 0x2D)
        out.insert(contentsOf: repeatElement(T(0x30), count: width - s.count), at: signed ? 1 : 0)
        return out
    }
}

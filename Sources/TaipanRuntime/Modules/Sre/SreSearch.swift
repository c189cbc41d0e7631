// Matching at one place, and searching: the INFO block at the head of a program gives the
// minimum length, and a literal prefix (scanned with its overlap table, as KMP does) or a
// set of possible first characters, so most positions are skipped without running the
// program (CPython's SRE(search)).

extension SreState {
    /// Matches at `start` (match and fullmatch).
    mutating func matchHere<T: SreText>(_ text: T) -> Int {
        ptr = start
        return run(text, 0, toplevel: true)
    }

    /// Finds the first match at or after `start`; on success state.start..<state.ptr is it.
    mutating func search<T: SreText>(_ text: T) -> Int {
        var p = start
        var limit = end
        if p > limit { return 0 }
        var pc = 0
        var flags: UInt32 = 0
        var prefixLength = 0, prefixSkip = 0, prefixAt = 0, charsetAt = -1
        if code[0] == SreOp.info {
            // <INFO> <skip> <flags> <min> <max> (<prefix length> <skip> prefix overlap | charset)
            flags = code[2]
            let minimum = Int(code[3])
            if minimum != 0 && limit - p < minimum { return 0 }
            if minimum > 1 {
                limit -= minimum - 1
                if limit <= p { limit = p }
            }
            if flags & SreConstants.infoPrefix != 0 {
                prefixLength = Int(code[5])
                prefixSkip = Int(code[6])
                prefixAt = 7
            } else if flags & SreConstants.infoCharset != 0 {
                charsetAt = 5
            }
            pc = 1 + Int(code[1])
        }
        let literal = flags & SreConstants.infoLiteral != 0

        if prefixLength == 1 {
            let c = code[prefixAt]
            let e = end
            mustAdvance = false
            while p < e {
                p = text.find(c, p, e)
                if p >= e { return 0 }
                start = p
                ptr = p + prefixSkip
                if literal { return 1 }
                let status = run(text, pc + 2 * prefixSkip, toplevel: false)
                if status != 0 { return status }
                p += 1
                resetCaptures()
            }
            return 0
        }

        if prefixLength > 1 {
            let e = end
            if prefixLength > e - p { return 0 }
            let first = code[prefixAt]
            let overlapAt = prefixAt + prefixLength - 1
            while p < e {
                p = text.find(first, p, e) + 1
                if p >= e { return 0 }
                var i = 1
                mustAdvance = false
                repeat {
                    if text[p] == code[prefixAt + i] {
                        i += 1
                        if i != prefixLength {
                            p += 1
                            if p >= e { return 0 }
                            continue
                        }
                        start = p - (prefixLength - 1)
                        ptr = p - (prefixLength - prefixSkip - 1)
                        if literal { return 1 }
                        let status = run(text, pc + 2 * prefixSkip, toplevel: false)
                        if status != 0 { return status }
                        p += 1
                        if p >= e { return 0 }
                        resetCaptures()
                    }
                    i = Int(code[overlapAt + i])
                } while i != 0
            }
            return 0
        }

        if charsetAt >= 0 {
            let e = end
            mustAdvance = false
            while true {
                while p < e && !SreChars.inCharset(code, charsetAt, text[p]) { p += 1 }
                if p >= e { return 0 }
                start = p
                ptr = p
                let status = run(text, pc, toplevel: false)
                if status != 0 { return status }
                p += 1
                resetCaptures()
            }
        }

        start = p
        ptr = p
        var status = run(text, pc, toplevel: true)
        mustAdvance = false
        if status == 0 && code[pc] == SreOp.at && (code[pc + 1] == SreAt.beginning || code[pc + 1] == SreAt.beginningString) {
            start = limit
            ptr = limit
            return 0
        }
        while status == 0 && p < limit {
            p += 1
            resetCaptures()
            start = p
            ptr = p
            status = run(text, pc, toplevel: false)
        }
        return status
    }
}

// The match statement (PEP 634), compiled with CPython 3.11's semantics and compile-time
// checks (Python/compile.c, compiler_match and compiler_pattern_*).
//
// The subject is evaluated once into a register. Each case compiles its pattern into
// tests that jump to the case's failure label. Captured values go to one register per
// name bound in the pattern (shared by the alternatives of an or-pattern), and are stored
// into the names only when the whole pattern has matched, before the guard: so a failed
// pattern binds nothing, and a failed guard leaves the captures bound, as in CPython.
//
// Compile errors point where CPython's do: at the pattern most recently compiled
// (`PatternContext.location` plays the part of compile.c's SET_LOC, which is never
// restored while a pattern compiles).

import TaipanSyntax

/// The state of compiling one case's pattern (compile.c's pattern_context).
struct PatternContext {
    /// Names captured so far, in the order they are stored once the case matches.
    var stores: [String] = []
    /// Whether an irrefutable pattern (a capture or `_`) is allowed here.
    var allowIrrefutable: Bool
    /// Where control goes when the pattern does not match.
    var fail: Label
    /// The register holding each captured name's value until the case matches.
    var registers: [String: Int]
    /// The pattern compiled most recently: where errors point.
    var location: SourceRange
}

extension CodeGenerator {
    func matchStatement(_ subject: Expr, _ cases: [MatchCase]) throws(SyntaxError) {
        let subjectRegister = unit.temporary()
        try expression(subject, into: subjectRegister)
        let end = unit.newLabel()
        for (i, c) in cases.enumerated() {
            let mark = unit.nextTemporary
            var names: [String] = []
            capturedNames(c.pattern, into: &names)
            var registers: [String: Int] = [:]
            for name in names where registers[name] == nil { registers[name] = unit.temporary() }
            let fail = unit.newLabel()
            var pc = PatternContext(allowIrrefutable: c.guard != nil || i == cases.count - 1, fail: fail,
                                    registers: registers, location: c.pattern.range)
            try pattern(c.pattern, subjectRegister, &pc)
            for name in pc.stores {
                guard let r = pc.registers[name] else { throw error("internal error: no register for capture", pc.location) }
                storeName(name, from: r)
            }
            if let condition = c.guard { try jumpIf(condition, false, to: fail) }
            for b in c.body { try statement(b) }
            unit.emitJump(.jump, to: end)
            unit.place(fail)
            unit.release(to: mark)
        }
        unit.place(end)
    }

    /// Every name a pattern may capture (duplicates included; the checks come later).
    func capturedNames(_ p: Pattern, into names: inout [String]) {
        switch p.kind {
        case .MatchValue, .MatchSingleton:
            break
        case .MatchSequence(let patterns), .MatchOr(let patterns):
            for q in patterns { capturedNames(q, into: &names) }
        case .MatchMapping(_, let patterns, let rest):
            for q in patterns { capturedNames(q, into: &names) }
            if let rest { names.append(rest) }
        case .MatchClass(_, let patterns, _, let kwdPatterns):
            for q in patterns + kwdPatterns { capturedNames(q, into: &names) }
        case .MatchStar(let name):
            if let name { names.append(name) }
        case .MatchAs(let sub, let name):
            if let sub { capturedNames(sub, into: &names) }
            if let name { names.append(name) }
        }
    }

    /// `_`: matches anything and binds nothing.
    func isWildcard(_ p: Pattern) -> Bool {
        if case .MatchAs(nil, nil) = p.kind { return true }
        return false
    }

    /// Compiles `p` against the value in register `subject`.
    func pattern(_ p: Pattern, _ subject: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        try enterNode()
        defer { depth -= 1 }
        pc.location = p.range
        unit.currentRange = p.range
        let mark = unit.nextTemporary
        defer { unit.release(to: mark) }
        switch p.kind {
        case .MatchValue(let value):
            let v = try operand(value)
            let matched = unit.temporary()
            unit.emit(.compareEq, matched, subject, v)
            unit.emitJump(.jumpIfFalse, matched, to: pc.fail)
        case .MatchSingleton(let value):
            let v = unit.temporary()
            unit.emit(.loadConst, v, unit.constant(.value(value)))
            unit.emit(.isIdentical, v, subject, v)
            unit.emitJump(.jumpIfFalse, v, to: pc.fail)
        case .MatchSequence(let patterns):
            try sequencePattern(patterns, subject, &pc)
        case .MatchMapping(let keys, let patterns, let rest):
            try mappingPattern(keys, patterns, rest, subject, &pc)
        case .MatchClass(let cls, let patterns, let kwdAttrs, let kwdPatterns):
            try classPattern(p, cls, patterns, kwdAttrs, kwdPatterns, subject, &pc)
        case .MatchStar(let name):
            try capture(name, subject, &pc)
        case .MatchAs(let sub, let name):
            if let sub {
                try pattern(sub, subject, &pc)
            } else if !pc.allowIrrefutable {
                if let name {
                    throw error("name capture \(pythonStrRepr(name)) makes remaining patterns unreachable", pc.location)
                }
                throw error("wildcard makes remaining patterns unreachable", pc.location)
            }
            try capture(name, subject, &pc)
        case .MatchOr(let alternatives):
            try orPattern(alternatives, subject, &pc)
        }
    }

    /// A sub-pattern of a sequence, mapping or class pattern: irrefutable ones are fine.
    func subpattern(_ p: Pattern, _ subject: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        let allow = pc.allowIrrefutable
        pc.allowIrrefutable = true
        try pattern(p, subject, &pc)
        pc.allowIrrefutable = allow
    }

    /// Binds `name` (nil for `_`) to the value in `value` once the case matches.
    func capture(_ name: String?, _ value: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        guard let name else { return }
        try recordStore(name, &pc)
        guard let r = pc.registers[name] else { throw error("internal error: no register for capture", pc.location) }
        unit.emit(.copy, r, value)
    }

    /// Adds `name` to the names the case stores (compile.c's pattern_helper_store_name).
    func recordStore(_ name: String, _ pc: inout PatternContext) throws(SyntaxError) {
        if name == "__debug__" { throw error("cannot assign to __debug__", pc.location) }
        if pc.stores.contains(name) {
            throw error("multiple assignments to name \(pythonStrRepr(name)) in pattern", pc.location)
        }
        pc.stores.append(name)
    }

    /// `p1 | p2 | …`: each alternative must capture the same names; they write the same
    /// registers, so whichever matches leaves the values the case stores.
    func orPattern(_ alternatives: [Pattern], _ subject: Int, _ pc: inout PatternContext) throws(SyntaxError) {
        let outerStores = pc.stores
        let outerFail = pc.fail
        let outerAllow = pc.allowIrrefutable
        let success = unit.newLabel()
        var control: [String]? = nil
        for (i, alternative) in alternatives.enumerated() {
            let isLast = i == alternatives.count - 1
            pc.location = alternative.range
            pc.stores = []
            pc.allowIrrefutable = isLast && outerAllow
            let next = isLast ? outerFail : unit.newLabel()
            pc.fail = next
            try pattern(alternative, subject, &pc)
            if let control {
                if pc.stores.count != control.count || !control.allSatisfy(pc.stores.contains) {
                    throw error("alternative patterns bind different names", pc.location)
                }
            } else {
                control = pc.stores
            }
            if !isLast {
                unit.emitJump(.jump, to: success)
                unit.place(next)
            }
        }
        unit.place(success)
        pc.stores = outerStores
        pc.fail = outerFail
        pc.allowIrrefutable = outerAllow
        for name in control ?? [] { try recordStore(name, &pc) }
    }
}

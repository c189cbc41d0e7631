// The attributes of traceback objects (tb_next, tb_lineno, tb_lasti, tb_frame) and the
// frame objects tb_frame gives: a snapshot holding the code and the line, since our frames
// live on the frame stack and are gone once the exception has left them; a generator's
// gi_frame is live (its registers are in the generator). f_back is None, and f_globals is
// not available yet.
//
//   frame  word 0 type   1 f_code   2 f_lineno (int)   3 f_lasti (int)   4 generator (or null)

extension Traceback {
    static var frameType = Value(bits: 0)

    static func line(_ tb: Value) -> Int {
        let unit = CodeRef(tb.loadValue(2)).unit
        return unit.range(at: tb.loadRaw(5)).map { Int($0.line) } ?? unit.firstLine
    }

    static func addAttributes() {
        GetSet.add(type, "tb_next", get: { tb in
            let next = tb.loadValue(1)
            return next.isNull ? .none : next
        })
        GetSet.add(type, "tb_lineno", get: { tb in IntOps.make(Int64(line(tb))) })
        GetSet.add(type, "tb_lasti", get: { tb in IntOps.make(Int64(tb.loadRaw(5) * 2)) })
        GetSet.add(type, "tb_frame", get: { tb in
            let f = allocateObject(words: 5, type: frameType)
            f.storeValue(1, tb.loadValue(2))
            f.storeValue(2, IntOps.make(Int64(line(tb))))
            f.storeValue(3, IntOps.make(Int64(tb.loadRaw(5) * 2)))
            return f
        })

        let slots = TypeSlots()
        slots.repr = { f in
            let code = CodeRef(f.loadValue(1))
            let text = "<frame at 0x\(String(f.bits, radix: 16)), file '\(StrRef(code.fileName).string)', "
                + "line \(f.loadValue(2).smallIntValue), code \(StrRef(code.name).string)>"
            return StrRef.create(text).value
        }
        frameType = BuiltinTypes.makeType("frame", base: BuiltinTypes.object, instanceWords: 5,
                                          layout: .fixed(first: 1, count: 4), flags: [], slots: slots)
        GetSet.add(frameType, "f_code", get: { f in f.loadValue(1) })
        GetSet.add(frameType, "f_lineno", get: { f in
            let g = f.loadValue(4)
            if g.isNull { return f.loadValue(2) }
            let unit = CodeRef(f.loadValue(1)).unit
            let pc = g.loadRaw(Generators.pcWord)
            return IntOps.make(Int64(pc < 0 ? unit.firstLine : unit.range(at: pc).map { Int($0.line) } ?? unit.firstLine))
        })
        GetSet.add(frameType, "f_lasti", get: { f in
            let g = f.loadValue(4)
            return g.isNull ? f.loadValue(3) : IntOps.make(Int64(max(g.loadRaw(Generators.pcWord), -1) * 2))
        })
        GetSet.add(frameType, "f_locals", get: { f in
            let g = f.loadValue(4)
            let d = DictRef.create()
            if g.isNull { return d.value }
            let unit = CodeRef(f.loadValue(1)).unit
            let regs = g.loadValue(Generators.registersWord).words(from: 2)
            for (i, name) in unit.varnames.enumerated() where !regs[i].isNull {
                d.setStr(Interned.intern(name), regs[i])
            }
            for (i, name) in (unit.cellvars + unit.freevars).enumerated() {
                let cell = regs[unit.varnames.count + i]
                if !cell.isNull && !Cell.get(cell).isNull { d.setStr(Interned.intern(name), Cell.get(cell)) }
            }
            return d.value
        })
        GetSet.add(frameType, "f_back", get: { _ in .none })
    }
}

extension Generators {
    static func addFrameAttributes() {
        GetSet.add(type, "gi_frame", get: { g in
            if state(g) == .finished { return .none }
            let f = allocateObject(words: 5, type: Traceback.frameType)
            f.storeValue(1, FunctionRef(g.loadValue(functionWord)).code)
            f.storeValue(2, IntOps.make(0))
            f.storeValue(3, IntOps.make(-1))
            f.storeValue(4, g)
            return f
        })
        GetSet.add(type, "gi_suspended", get: { g in .bool(state(g) == .suspended) })
        GetSet.add(type, "gi_yieldfrom", get: { _ in .none })
    }
}

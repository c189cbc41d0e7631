// The read-only co_* attributes of code objects, as CPython 3.11 shows them. co_code is
// the bytes of our own instruction words (little-endian), not CPython's bytecode.

import TaipanCompiler

extension CodeRef {
    static func addAttributes() {
        func valueField(_ name: String, _ word: Int) {
            GetSet.add(type, name, get: { c in c.loadValue(word) })
        }
        func intField(_ name: String, _ word: Int) {
            GetSet.add(type, name, get: { c in IntOps.make(Int64(c.loadRaw(word))) })
        }
        valueField("co_consts", constantsWord)
        valueField("co_names", namesWord)
        valueField("co_varnames", varnamesWord)
        valueField("co_filename", filenameWord)
        valueField("co_name", nameWord)
        valueField("co_qualname", qualnameWord)
        valueField("co_cellvars", cellvarsWord)
        valueField("co_freevars", freevarsWord)
        intField("co_argcount", argcountWord)
        intField("co_posonlyargcount", posonlyWord)
        intField("co_kwonlyargcount", kwonlyWord)
        GetSet.add(type, "co_flags", get: { c in
            IntOps.make(Int64(c.loadRaw(flagsWord) & ~CodeFlags.hasDocstring.rawValue))
        })
        intField("co_nlocals", localsWord)
        intField("co_firstlineno", firstLineWord)
        GetSet.add(type, "co_stacksize", get: { c in IntOps.make(Int64(c.loadRaw(registersWord))) })
        GetSet.add(type, "co_code", get: { c in
            let code = CodeRef(c)
            let count = code.unit.instructions.count
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count * 8)
            for i in 0..<count {
                let bits = code.instructions[i].bits
                for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
            }
            return BytesOps.create(bytes)
        })
        // Positions and lines are per instruction: the traceback module finds an entry from
        // tb_lasti, which is our pc times two (CPython's code units are two bytes).
        NativeFunctions.addMethod(type, "co_positions") { c, args throws(PyException) in
            try args.expect("co_positions", count: 0)
            let unit = CodeRef(c).unit
            let result = ListRef.create()
            for pc in 0..<unit.instructions.count {
                let entry = TupleRef.allocate(4)
                result.append(entry.value)
                if let r = unit.range(at: pc), r.line > 0 {
                    entry[0] = IntOps.make(Int64(r.line))
                    entry[1] = IntOps.make(Int64(r.endLine))
                    entry[2] = r.column >= 0 ? IntOps.make(Int64(r.column)) : .none
                    entry[3] = r.endColumn >= 0 ? IntOps.make(Int64(r.endColumn)) : .none
                } else {
                    for i in 0..<4 { entry[i] = .none }
                }
            }
            return try Runtime.iterate(result.value)
        }
        NativeFunctions.addMethod(type, "co_lines") { c, args throws(PyException) in
            try args.expect("co_lines", count: 0)
            let unit = CodeRef(c).unit
            let result = ListRef.create()
            let table = unit.lineTable
            let end = unit.instructions.count
            var i = 0
            while i < table.count {
                // Entries of one line that follow each other make one span, as CPython's.
                var j = i + 1
                while j < table.count && table[j].range.line == table[i].range.line { j += 1 }
                let stop = j < table.count ? table[j].pc : end
                if table[i].pc < stop {
                    let span = TupleRef.allocate(3)
                    result.append(span.value)
                    span[0] = IntOps.make(Int64(table[i].pc * 2))
                    span[1] = IntOps.make(Int64(stop * 2))
                    span[2] = table[i].range.line > 0 ? IntOps.make(Int64(table[i].range.line)) : .none
                }
                i = j
            }
            return try Runtime.iterate(result.value)
        }
    }
}

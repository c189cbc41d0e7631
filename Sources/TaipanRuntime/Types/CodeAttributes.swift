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
    }
}

// `taipan -X dis FILE`: the bytecode of every code unit, with constants and names resolved,
// and the exception table.

import TaipanSyntax

public enum Disassembler {
    public static func text(_ unit: CodeUnit) -> String {
        var out = ""
        var pending: [CodeUnit] = [unit]
        while !pending.isEmpty {
            let u = pending.removeFirst()
            out += "Disassembly of <code object \(u.qualifiedName), file \"\(u.fileName)\", line \(u.firstLine)>:\n"
            out += "  registers \(u.registerCount): locals \(u.varnames), cells \(u.cellvars), free \(u.freevars)\n"
            var lastLine: Int32 = -1
            for (pc, inst) in u.instructions.enumerated() {
                let line = u.range(at: pc)?.line ?? 0
                let lineText = line != lastLine ? String(line) : ""
                lastLine = line
                out += pad(lineText, 6) + pad(String(pc), 6) + pad(String(describing: inst.opcode), 24) + operands(inst, u) + "\n"
            }
            if !u.exceptionTable.isEmpty {
                out += "  exception table:\n"
                for e in u.exceptionTable {
                    out += "    \(e.start) to \(e.end) -> \(e.handler) [r\(e.register)]\n"
                }
            }
            out += "\n"
            for c in u.constants { if case .code(let nested) = c { pending.append(nested) } }
        }
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    static func operands(_ inst: Instruction, _ u: CodeUnit) -> String {
        let op = inst.opcode
        if op == .forIter && inst.x != 0 { return "r\(inst.a) -> \(inst.target), into r\(inst.x - 1)" }
        if op.isJump { return "r\(inst.a) -> \(inst.target)" }
        switch op {
        case .loadConst: return "r\(inst.a), \(describe(u.constants[inst.b]))"
        case .loadGlobal, .loadName: return "r\(inst.a), \(u.names[inst.b])"
        case .storeGlobal, .storeName: return "\(u.names[inst.b]), r\(inst.a)"
        case .deleteGlobal, .deleteName: return u.names[inst.b]
        case .loadAttr, .loadMethod, .importFrom: return "r\(inst.a), r\(inst.b).\(u.names[inst.c])"
        case .storeAttr: return "r\(inst.a).\(u.names[inst.b]), r\(inst.c)"
        case .deleteAttr: return "r\(inst.a).\(u.names[inst.b])"
        case .importName: return "r\(inst.a), \(u.names[inst.b]), r\(inst.c)"
        case .makeFunction: return "r\(inst.a), \(describe(u.constants[inst.b])), r\(inst.c)"
        default: return "r\(inst.a), \(inst.b), \(inst.c)"
        }
    }

    static func describe(_ c: CodeConstant) -> String {
        switch c {
        case .value(let v): return pythonRepr(v)
        case .code(let u): return "<code \(u.qualifiedName)>"
        case .tuple(let items): return "(" + items.map(describe).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        }
    }
}

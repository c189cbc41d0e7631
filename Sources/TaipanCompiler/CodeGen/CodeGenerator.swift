// The code generator: AST + symbol tables → CodeUnits of register bytecode (Opcode.swift).
//
// Each scope is compiled by a `UnitBuilder`: fast locals get the first registers (in
// co_varnames order), then cells and free variables, then temporaries, which are allocated
// like a stack (`temporary()` / `release(to:)`). An expression compiles into a register
// the caller names, or returns the register that already holds it (a local read directly
// as an operand of an instruction that checks for unbound locals).
//
// Exception handling: every instruction records the handler protecting it (the innermost
// `try`, `with` or handler cleanup at the time it is emitted); consecutive instructions
// with the same handler become one exception-table row. `return`, `break` and `continue`
// inside `try`/`with` emit the unwinding code of the blocks they leave (finally bodies,
// `__exit__` calls), under the handler of the block outside.

import TaipanSyntax

public enum Compiler {
    /// Parses and compiles a module.
    public static func compileModule(_ source: [UInt8], fileName: String) throws(SyntaxError) -> CodeUnit {
        let module = try Parser.parseModule(source)
        return try compile(module, fileName: fileName)
    }

    /// Compiles a module at the interpreter's optimisation level (CompileModes.swift).
    public static func compile(_ module: Mod, fileName: String) throws(SyntaxError) -> CodeUnit {
        try compile(module, fileName: fileName, optimize: -1)
    }
}

/// A forward-referable instruction position.
struct Label: Hashable {
    let id: Int
}

/// A block that `return`, `break` and `continue` must unwind.
enum FrameBlock {
    case loop(continueLabel: Label, breakLabel: Label)
    /// A `try` with a `finally` body; `handler` is the handler index protecting the body.
    case tryFinally(body: [Stmt], handler: Int)
    /// A `try` body protected by except clauses.
    case tryExcept(handler: Int)
    /// Inside an except clause: leaving must restore the previous handled exception from
    /// `savedRegister` (and unbind `name` if the clause bound one).
    case handlerBody(savedRegister: Int, name: String?, cleanupHandler: Int)
    /// A `with` body: leaving calls `__exit__(None, None, None)` held in `exitRegister`
    /// (and awaits the result for `async with`).
    case with(exitRegister: Int, handler: Int, isAsync: Bool)
    /// The clauses of a `try`/`except*`: nothing may leave them by break/continue/return.
    case exceptStarHandlers
}

final class UnitBuilder {
    let scope: Scope
    let code: CodeUnit
    /// The class whose body this is, or that encloses this function (for name mangling).
    let className: String?

    var registers: [NameID: Int] = [:]
    var firstTemporary = 0
    /// Fast locals that a `del` (or an except clause's name) may unbind.
    var deletedLocals = Set<Int>()
    var nextTemporary = 0
    var maxRegister = 0

    var constants: [CodeConstant] = []
    var names: [String: Int] = [:]

    var labelPositions: [Int] = []
    var jumps: [(instruction: Int, label: Label)] = []

    /// Exception handlers: where each jumps, and the register receiving the exception.
    var handlers: [(label: Label, register: Int)] = []
    var handlerStack: [Int] = []
    var instructionHandler: [Int] = []
    var blocks: [FrameBlock] = []

    var currentRange = SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
    /// An `async def` body (CPython's COMPILER_SCOPE_ASYNC_FUNCTION): where `await`,
    /// `async for` and `async with` may appear (and in comprehensions).
    var isAsyncFunction = false

    init(scope: Scope, code: CodeUnit, className: String?) {
        self.scope = scope
        self.code = code
        self.className = className
    }

    var isFunction: Bool { scope.kind == .function }
    var isComprehension: Bool { scope.comprehension != .none }
    /// `async def` with `yield`, or an async generator expression.
    var isAsyncGenerator: Bool { scope.isGenerator && scope.isCoroutine }
    var isClassBody: Bool { scope.kind == .class }

    // MARK: Registers

    func temporary() -> Int {
        let r = nextTemporary
        nextTemporary += 1
        maxRegister = max(maxRegister, nextTemporary)
        return r
    }

    /// `count` consecutive temporaries; returns the first.
    func temporaries(_ count: Int) -> Int {
        let first = nextTemporary
        nextTemporary += count
        maxRegister = max(maxRegister, nextTemporary)
        return first
    }

    func release(to mark: Int) { nextTemporary = mark }

    // MARK: Emission

    @discardableResult
    func emit(_ inst: Instruction) -> Int {
        let index = code.instructions.count
        code.instructions.append(inst)
        instructionHandler.append(handlerStack.last ?? -1)
        if code.lineTable.last?.range != currentRange {
            code.lineTable.append(LineTableEntry(pc: index, range: currentRange))
        }
        return index
    }

    func emit(_ op: Opcode, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        emit(Instruction(op, a, b, c))
    }

    func newLabel() -> Label {
        labelPositions.append(-1)
        return Label(id: labelPositions.count - 1)
    }

    func place(_ label: Label) { labelPositions[label.id] = code.instructions.count }

    func emitJump(_ op: Opcode, _ a: Int = 0, to label: Label, x: Int = 0) {
        var inst = Instruction.jump(op, a, target: 0)
        inst.bits |= UInt64(UInt8(truncatingIfNeeded: x)) << 56
        let index = emit(inst)
        jumps.append((index, label))
    }

    func constant(_ c: CodeConstant) -> Int {
        if let i = constants.firstIndex(of: c) { return i }
        constants.append(c)
        return constants.count - 1
    }

    func name(_ s: String) -> Int {
        if let i = names[s] { return i }
        names[s] = code.names.count
        code.names.append(s)
        return code.names.count - 1
    }

    func newHandler(register: Int) -> Int {
        handlers.append((newLabel(), register))
        return handlers.count - 1
    }

    /// Resolves labels and builds the exception table.
    func finish() -> CodeUnit {
        for (instruction, label) in jumps {
            code.instructions[instruction].setTarget(labelPositions[label.id])
        }
        var start = 0
        while start < instructionHandler.count {
            let h = instructionHandler[start]
            var end = start + 1
            while end < instructionHandler.count && instructionHandler[end] == h { end += 1 }
            if h >= 0 {
                code.exceptionTable.append(ExceptionTableEntry(start: start, end: end,
                                                               handler: labelPositions[handlers[h].label.id],
                                                               register: handlers[h].register))
            }
            start = end
        }
        code.constants = constants
        code.registerCount = max(maxRegister, 1)
        return code
    }
}

final class CodeGenerator {
    let table: SymbolTable
    let fileName: String
    var unit: UnitBuilder!
    var units: [UnitBuilder] = []
    /// Nesting of expressions and statements, bounded as CPython's compiler bounds it.
    var depth = 0
    /// CPython's optimisation level: 1 drops asserts and makes `__debug__` False, 2 also
    /// drops docstrings.
    var optimize = 0
    /// 'single' mode: expression statements of the module body go to sys.displayhook.
    var interactive = false

    init(table: SymbolTable, fileName: String) {
        self.table = table
        self.fileName = fileName
    }

    func error(_ message: String, _ range: SourceRange) -> SyntaxError {
        var e = SyntaxError(message, at: range)
        e.origin = .compiler
        return e
    }

    func notSupported(_ what: String, _ range: SourceRange) -> SyntaxError {
        error("\(what) is not supported by Taipan yet", range)
    }

    // MARK: Units

    /// Starts compiling `scope` into a new code unit.
    func enter(_ scope: Scope, name: String, qualifiedName: String, firstLine: Int) {
        let code = CodeUnit(name: name, qualifiedName: qualifiedName, fileName: fileName, firstLine: firstLine)
        let className: String?
        if scope.kind == .class { className = scope.name } else { className = unit?.className }
        let u = UnitBuilder(scope: scope, code: code, className: className)
        // co_varnames: parameters, then the other fast locals in first-seen order.
        if scope.kind == .function {
            var varnames: [NameID] = scope.parameters
            for symbol in scope.symbols where symbol.scope == .local && !varnames.contains(symbol.name) {
                varnames.append(symbol.name)
            }
            for (i, n) in varnames.enumerated() {
                u.registers[n] = i
                code.varnames.append(table.name(n))
            }
            code.flags.insert(.optimized)
            code.flags.insert(.newLocals)
            if scope.hasVarargs { code.flags.insert(.varargs) }
            if scope.hasVarkeywords { code.flags.insert(.varkeywords) }
            if scope.isNested { code.flags.insert(.nested) }
            switch (scope.isGenerator, scope.isCoroutine) {
            case (true, false): code.flags.insert(.generator)
            case (false, true): code.flags.insert(.coroutine)
            case (true, true): code.flags.insert(.asyncGenerator)
            case (false, false): break
            }
        }
        var next = code.varnames.count
        for n in scope.cellvars {
            u.registers[n] = next
            code.cellvars.append(table.name(n))
            code.cellParameters.append(scope.parameters.firstIndex(of: n))
            next += 1
        }
        for n in scope.freevars {
            // A class scope may have a name both as a namespace local and free (freeClass);
            // the cell register serves loadClassDeref.
            u.registers[n] = next
            code.freevars.append(table.name(n))
            next += 1
        }
        u.firstTemporary = next
        u.nextTemporary = next
        u.maxRegister = next
        units.append(u)
        unit = u
        // Cells: created at entry, parameters moved into theirs.
        for i in scope.cellvars.indices {
            let register = code.cellRegister(i)
            if let p = code.cellParameters[i] {
                u.emit(.makeCell, register, p)
            } else {
                u.emit(.makeCell, register, 0xFFFF)
            }
        }
    }

    func leave() -> CodeUnit {
        let finished = units.removeLast().finish()
        unit = units.last
        return finished
    }

    // MARK: Module

    func compileModule(_ module: Mod) throws(SyntaxError) -> CodeUnit {
        guard case .Module(let body, _) = module else { throw error("expected a module", SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)) }
        enter(table.top, name: "<module>", qualifiedName: "<module>", firstLine: 1)
        unit.currentRange = SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)
        var statements = body[...]
        if let docstring = docstring(body) {
            let r = unit.temporary()
            unit.emit(.loadConst, r, unit.constant(.value(docstring)))
            unit.emit(.storeName, r, unit.name("__doc__"))
            unit.release(to: r)
            statements = statements.dropFirst()
        }
        if containsAnnotations(body) { unit.emit(.setupAnnotations) }
        for s in statements { try statement(s) }
        let none = unit.temporary()
        unit.emit(.loadConst, none, unit.constant(.value(.none)))
        unit.emit(.returnValue, none)
        return leave()
    }

    /// The docstring of a body: a first statement that is a str constant.
    func docstring(_ body: [Stmt]) -> ConstantValue? {
        guard let first = body.first, case .Expr(let e) = first.kind,
              case .Constant(let v, _) = e.kind, case .str = v else { return nil }
        return optimize >= 2 ? ConstantValue.none : v
    }

    func containsAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .AnnAssign: return true
            case .If(_, let b, let o), .While(_, let b, let o), .For(_, _, let b, let o, _), .AsyncFor(_, _, let b, let o, _):
                if containsAnnotations(b) || containsAnnotations(o) { return true }
            case .With(_, let b, _), .AsyncWith(_, let b, _):
                if containsAnnotations(b) { return true }
            case .Try(let b, let hs, let o, let f), .TryStar(let b, let hs, let o, let f):
                if containsAnnotations(b) || containsAnnotations(o) || containsAnnotations(f) { return true }
                for h in hs where containsAnnotations(h.body) { return true }
            case .Match(_, let cases):
                for c in cases where containsAnnotations(c.body) { return true }
            default: break
            }
        }
        return false
    }

    // MARK: Names

    /// Private name mangling inside a class: `__x` → `_Class__x`.
    func mangle(_ name: String) -> String {
        guard let cls = unit.className, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let stripped = cls.drop { $0 == "_" }
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    enum NameAccess {
        case fast(Int)
        case deref(Int)
        case classDeref(Int)
        case global
        case name
    }

    /// How the current scope reaches `name`.
    func access(_ rawName: String) -> (NameAccess, String) {
        let name = mangle(rawName)
        guard let id = table.names.lookup(name) else { return (unit.isFunction ? .global : .name, name) }
        let scope = unit.scope
        switch scope.scope(of: id) {
        case .local:
            if unit.isFunction, let r = unit.registers[id] { return (.fast(r), name) }
            return (.name, name)
        case .cell:
            if let r = unit.registers[id] { return (.deref(r), name) }
            return (.name, name)
        case .free:
            guard let r = unit.registers[id] else { return (.global, name) }
            if unit.isClassBody { return (.classDeref(r), name) }
            return (.deref(r), name)
        case .globalExplicit:
            return (.global, name)
        case .globalImplicit, .unresolved:
            return (unit.isFunction ? .global : .name, name)
        }
    }

    /// Loads `name` into `target`.
    func loadName(_ name: String, into target: Int) {
        if name == "__debug__" {
            unit.emit(.loadConst, target, unit.constant(.value(.bool(optimize == 0))))
            return
        }
        let (how, mangled) = access(name)
        switch how {
        case .fast(let r): unit.emit(.move, target, r)
        case .deref(let r): unit.emit(.loadDeref, target, r)
        case .classDeref(let r): unit.emit(.loadClassDeref, target, r, unit.name(mangled))
        case .global: unit.emit(.loadGlobal, target, unit.name(mangled))
        case .name: unit.emit(.loadName, target, unit.name(mangled))
        }
    }

    /// Stores `value` (a register) into `name`.
    func storeName(_ name: String, from value: Int) {
        let (how, mangled) = access(name)
        switch how {
        case .fast(let r): if r != value { unit.emit(.copy, r, value) }
        case .deref(let r), .classDeref(let r): unit.emit(.storeDeref, r, value)
        case .global: unit.emit(.storeGlobal, value, unit.name(mangled))
        case .name: unit.emit(.storeName, value, unit.name(mangled))
        }
    }

    func deleteName(_ name: String) {
        let (how, mangled) = access(name)
        switch how {
        case .fast(let r): unit.emit(.deleteFast, r)
        case .deref(let r), .classDeref(let r): unit.emit(.deleteDeref, r)
        case .global: unit.emit(.deleteGlobal, 0, unit.name(mangled))
        case .name: unit.emit(.deleteName, 0, unit.name(mangled))
        }
    }

    /// The fast-local register of `name` in the current function, if it is one.
    func fastRegister(_ name: String) -> Int? {
        if case (.fast(let r), _) = access(name) { return r }
        return nil
    }

    func enterNode() throws(SyntaxError) {
        depth += 1
        if depth > 3000 {
            throw SyntaxError(CompileError.recursionMessage, kind: .recursion, line: 0, column: -1)
        }
    }
}

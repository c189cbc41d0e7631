// The opcodes of Taipan's register bytecode, each with its contract. This file is the
// specification shared by the code generator and the interpreter.
//
// Notation: R[i] is register i of the frame; K[i] constant i of the code unit; N[i] name i
// (an identifier: global, attribute or module name). A, B, C are the instruction's
// operands, `target` a jump target (Instruction.target, an instruction index). `none`
// as an operand is 0xFFFF ("no register").
//
// Registers: [0, localCount) are the fast locals in `varnames` order (parameters first);
// then one register per cell variable and per free variable (each holding a cell object;
// the call sets up the free ones from the function's closure); then temporaries.
// A null register is an unbound local: reading one through an instruction that takes a
// local raises UnboundLocalError (NameError for a free variable), named from the register.
//
// Errors raise the Python exception CPython raises; the exception table of the code unit
// (start..<end → handler, register) says where control goes with the exception stored in
// that register.

public enum Opcode: UInt8, CaseIterable {
    // MARK: Loads and stores
    case nop
    /// R[A] = K[B].
    case loadConst
    /// R[A] = R[B]; UnboundLocalError if R[B] is unbound.
    case move
    /// R[A] = R[B] for temporaries that are known to be set (no check).
    case copy
    /// R[A] = null (an absent optional operand).
    case clear
    /// R[A] = null; UnboundLocalError if it was already unbound (`del x`).
    case deleteFast
    /// R[A] = the global N[B] (module dict, then builtins); NameError if neither has it.
    case loadGlobal
    /// globals[N[B]] = R[A].
    case storeGlobal
    /// del globals[N[B]]; NameError if absent.
    case deleteGlobal
    /// R[A] = N[B] looked up in the frame's locals mapping, then globals, then builtins
    /// (module and class bodies).
    case loadName
    /// locals[N[B]] = R[A].
    case storeName
    /// del locals[N[B]].
    case deleteName
    /// R[A] = the contents of the cell in R[B]; unbound: NameError for a free variable,
    /// UnboundLocalError for a cell variable of this frame.
    case loadDeref
    /// The cell in R[A] gets contents R[B].
    case storeDeref
    /// Empties the cell in R[A]; error if already empty.
    case deleteDeref
    /// Class bodies: R[A] = locals[N[C]] if present, else the contents of the cell R[B].
    case loadClassDeref
    /// R[A] = a new cell holding R[B] (an empty cell if B is none).
    case makeCell

    // MARK: Attributes and items
    /// R[A] = getattr(R[B], N[C]). Raises UnboundLocalError if R[B] is unbound.
    case loadAttr
    /// setattr(R[A], N[B], R[C]). Raises UnboundLocalError if R[A] or R[C] is unbound.
    case storeAttr
    /// delattr(R[A], N[B]).
    case deleteAttr
    /// Method call set-up: R[A] = the function found for N[C] on R[B], R[A+1] = R[B] when
    /// it is a plain method to call with R[B] as first argument; otherwise R[A] = the
    /// attribute and R[A+1] = null. Followed by `callMethod A, …`. Raises
    /// UnboundLocalError if R[B] is unbound.
    case loadMethod
    /// R[A] = R[B][R[C]]. UnboundLocalError if R[B] or R[C] is unbound.
    case getItem
    /// R[A][R[B]] = R[C]. UnboundLocalError if R[C], R[A] or R[B] (in that order, the order
    /// of evaluation) is unbound.
    case setItem
    /// del R[A][R[B]].
    case deleteItem
    /// R[A] = slice(R[B], R[B+1]) when C == 2, slice(R[B], R[B+1], R[B+2]) when C == 3.
    case buildSlice

    // MARK: Operators (R[A] = R[B] op R[C]); in the order of BinaryOp
    case add, subtract, multiply, matrixMultiply, trueDivide, floorDivide, modulo, power,
         leftShift, rightShift, bitAnd, bitOr, bitXor
    /// In-place forms (`+=`): R[A] = R[B] op= R[C].
    case inplaceAdd, inplaceSubtract, inplaceMultiply, inplaceMatrixMultiply, inplaceTrueDivide,
         inplaceFloorDivide, inplaceModulo, inplacePower, inplaceLeftShift, inplaceRightShift,
         inplaceBitAnd, inplaceBitOr, inplaceBitXor
    /// R[A] = R[B] + K[C], R[B] - K[C]: a constant right operand, without a loadConst.
    case addConst, subtractConst
    /// R[A] = R[B] += K[C], R[B] -= K[C].
    case inplaceAddConst, inplaceSubtractConst
    /// R[A] = -R[B], +R[B], ~R[B], not R[B].
    case negative, positive, invert, not
    /// R[A] = (R[B] op R[C]), rich comparisons.
    case compareLt, compareLe, compareEq, compareNe, compareGt, compareGe
    /// R[A] = R[B] is R[C], is not, in, not in.
    case isIdentical, isNotIdentical, contains, notContains

    // MARK: Control flow
    /// Continue at `target`.
    case jump
    /// Continue at `target` if R[A] is true / false (by truth value).
    case jumpIfTrue, jumpIfFalse
    /// Continue at `target` if R[A] is / is not None.
    case jumpIfNone, jumpIfNotNone
    /// Return R[A] to the caller; UnboundLocalError if R[A] is unbound.
    case returnValue
    /// Fused comparison and branch (`if a < b:`), in CompareOp order: when the truth of
    /// (R[B] op R[C]) equals A (0 or 1), continue at the target of the next instruction,
    /// which is a `jump`; otherwise skip that jump. UnboundLocalError if R[B] or R[C] is
    /// unbound.
    case jumpIfCompareLt, jumpIfCompareLe, jumpIfCompareEq, jumpIfCompareNe, jumpIfCompareGt, jumpIfCompareGe

    // MARK: Calls and definitions
    /// R[A] = R[B](R[B+1], …, R[B+C]).
    case call
    /// As `call`, with keyword arguments: R[B+1+C] holds the tuple of keyword names, which
    /// name the last len(names) of the C arguments.
    case callKeywords
    /// After `loadMethod B, …`: R[A] = R[B](R[B+1], R[B+2], …, R[B+1+C]) when R[B+1] is
    /// not null (the bound self), else R[B](R[B+2], …, R[B+1+C]).
    case callMethod
    /// As `callMethod` with keyword names in R[B+2+C].
    case callMethodKeywords
    /// R[A] = R[B](*R[B+1]) when C == 0, R[B](*R[B+1], **R[B+2]) when C == 1; R[B+1] is a
    /// tuple, R[B+2] a dict.
    case callUnpacked
    /// R[A] = a new function of code K[B] with the current globals; R[C] = defaults tuple,
    /// R[C+1] = keyword-only defaults dict, R[C+2] = annotations dict, R[C+3] = closure
    /// tuple of cells, R[C+4] = qualified name (each may be null).
    case makeFunction
    /// R[A] = builtins.__build_class__.
    case loadBuildClass
    /// R[A] = AssertionError (the class).
    case loadAssertionError

    // MARK: Building values
    /// R[A] = (R[B], …, R[B+C-1]); likewise a list and a set.
    case buildTuple, buildList, buildSet
    /// R[A] = {R[B]: R[B+1], …} with C key/value pairs.
    case buildMap
    /// R[A] = R[B] + … + R[B+C-1], all str.
    case buildString
    /// R[A] = format(R[B] converted, spec): C & 3 is the conversion (0 none, 1 str, 2 repr,
    /// 3 ascii); C & 4 means R[B+1] holds the format spec.
    case formatValue
    /// R[A].append(R[B]); R[A].extend(R[B]); R[A].add(R[B]); R[A].update(R[B]).
    case listAppend, listExtend, setAdd, setUpdate
    /// R[A][R[B]] = R[C] for a dict.
    case mapAdd
    /// R[A].update(R[B]) for a dict (`{**d}`); `dictMerge` is the same for `f(**d)`, where a
    /// repeated key is a TypeError naming the function in R[C].
    case dictUpdate, dictMerge
    /// R[A] = tuple(R[B]) for a list.
    case listToTuple
    /// R[A], …, R[A+C-1] = the items of R[B]; ValueError unless there are exactly C.
    case unpackSequence
    /// Starred unpacking: C = before | after << 8; R[A]… get `before` items, then a list of
    /// the middle, then `after` items.
    case unpackStarred

    // MARK: Iteration
    /// R[A] = iter(R[B]).
    case getIter
    /// R[A+1] (R[X-1] when X is not 0: the loop variable) = next(R[A]); continue at
    /// `target` when the iterator is exhausted.
    case forIter

    // MARK: Exceptions
    /// raise R[A] (from R[B]); A none re-raises the exception being handled; B none: no
    /// cause.
    case raise
    /// Re-raises R[A] with its traceback (end of a handler that did not match, `finally`).
    case reraise
    /// R[A] = whether the exception R[B] matches R[C] (a class or tuple of classes); TypeError
    /// if R[C] is not a BaseException class.
    case checkExceptionMatch
    /// `except*`: R[A] = the part of the exception R[B] (None once all is handled) that
    /// matches R[C], or None; a match leaves the rest in R[B] (None when nothing is left) and
    /// becomes the exception being handled. A naked exception that matches is wrapped in an
    /// ExceptionGroup('', [exc]). TypeError for a type that is not an exception class or is
    /// an exception group class.
    case checkExceptionGroupMatch
    /// End of the `except*` clauses: R[A] = what to re-raise for the original exception R[B]
    /// given the list R[C] of the exceptions the clauses raised and the unmatched rest (None
    /// entries for none): None, one exception, or a group of the raised ones plus the
    /// re-raised parts in the original's structure.
    case prepareReraiseStar
    /// Entering a handler: R[A] = the exception being handled before (or None), and R[B]
    /// becomes the one being handled (sys.exc_info).
    case pushExceptionInfo
    /// Leaving a handler: the exception being handled becomes R[A] again.
    case popExceptionInfo
    /// `with`: R[A] = R[B].__enter__(), R[A+1] = the bound R[B].__exit__. With C == 1,
    /// `async with`: R[A] = R[B].__aenter__() (an awaitable), R[A+1] = the bound __aexit__.
    case beforeWith
    /// Exceptional exit of `with`: R[A] = R[B](type(R[C]), R[C], R[C].__traceback__).
    case withExceptStart

    // MARK: Imports
    /// R[A] = __import__(N[B], globals, None, R[C], R[C+1]) (fromlist, level).
    case importName
    /// R[A] = the attribute N[C] of module R[B] (or the submodule); ImportError if missing.
    case importFrom
    /// from R[A] import *, into the frame's locals.
    case importStar

    // MARK: Generators and coroutines
    /// Suspends the generator, producing R[B]; when resumed, R[A] = the value sent in.
    /// C == 1 marks an async generator's own `yield` (not one of an `await`). A yield right
    /// after a `send` is that delegation's (gen.throw/close reach its sub-iterator).
    case yieldValue
    /// R[A] = iter(R[B]) for `yield from` (R[B] itself for coroutines, with checks).
    case getYieldFromIterator
    /// Delegation step: R[A] = result of sending R[C] into R[B]; continue at the
    /// instruction after the next one when the sub-iterator finished (its return value in R[A]).
    case send
    /// R[A] = the awaitable of R[B] (`await`), C: 0 plain, 1 after __aenter__, 2 after __aexit__.
    case getAwaitable
    /// R[A] = aiter(R[B]) (`async for`); R[A] = the awaitable iterator of anext(R[B]).
    case getAsyncIterator, getAsyncNext
    /// Handler of an `async for` step: continue at `target` if the exception R[A] is a
    /// StopAsyncIteration (the loop ends), else re-raise it.
    case endAsyncFor
    /// Generator start: instructions before it run when the generator object is created.
    case returnGenerator

    // MARK: Pattern matching (the match statement, PEP 634)
    /// R[A] = whether type(R[B]) is a sequence for patterns (collections.abc.Sequence:
    /// list, tuple, range and their subclasses; never str, bytes or bytearray).
    case matchSequence
    /// R[A] = whether type(R[B]) is a mapping for patterns (dict, its subclasses,
    /// collections.abc.Mapping).
    case matchMapping
    /// R[A] = len(R[B]) as an int.
    case getLength
    /// R[A] = the tuple of R[B].get(key, <marker>) for the keys of the tuple R[C], or None
    /// as soon as one key is missing; ValueError "mapping pattern checks duplicate key" for
    /// a key repeated in R[C].
    case matchKeys
    /// Class pattern: R[B] is the subject, R[B+1] the class, R[B+2] the tuple of keyword
    /// attribute names; C is the number of positional sub-patterns. R[A] = the tuple of the
    /// C positional attributes (named by __match_args__, or the subject itself for the
    /// self-matching built-in types) then the keyword ones, or None when the subject is not
    /// an instance or lacks an attribute. TypeError for a class that is not a type, a bad
    /// __match_args__, too many positional sub-patterns or an attribute matched twice.
    case matchClass

    // MARK: Annotations and the interactive prompt
    /// Creates __annotations__ in the locals if absent.
    case setupAnnotations
    /// Interactive mode: sys.displayhook(R[A]).
    case printExpression
}

extension Opcode {
    /// Whether the instruction's B/C operands hold a jump target.
    public var isJump: Bool {
        switch self {
        case .jump, .jumpIfTrue, .jumpIfFalse, .jumpIfNone, .jumpIfNotNone, .forIter, .endAsyncFor: return true
        default: return false
        }
    }

    /// The binary operator opcodes in BinaryOp order start here.
    @inlinable public static var firstBinary: UInt8 { Opcode.add.rawValue }
    @inlinable public static var firstInplace: UInt8 { Opcode.inplaceAdd.rawValue }
    @inlinable public static var firstCompareJump: UInt8 { Opcode.jumpIfCompareLt.rawValue }
}

// Interned names that the runtime looks up on hot paths, made once at start-up (CPython's
// _Py_ID): a special-method lookup is then a cache probe with a ready key, not a Swift
// String hash. The intern table keeps them alive.

public enum Names {
    public static var __init__ = Value(bits: 0)
    public static var __name__ = Value(bits: 0)
    public static var __new__ = Value(bits: 0)
    public static var __call__ = Value(bits: 0)
    public static var __repr__ = Value(bits: 0)
    public static var __str__ = Value(bits: 0)
    public static var __hash__ = Value(bits: 0)
    public static var __bool__ = Value(bits: 0)
    public static var __len__ = Value(bits: 0)
    public static var __iter__ = Value(bits: 0)
    public static var __next__ = Value(bits: 0)
    public static var __getitem__ = Value(bits: 0)
    public static var __setitem__ = Value(bits: 0)
    public static var __delitem__ = Value(bits: 0)
    public static var __contains__ = Value(bits: 0)
    public static var __neg__ = Value(bits: 0)
    public static var __pos__ = Value(bits: 0)
    public static var __invert__ = Value(bits: 0)
    public static var __getattribute__ = Value(bits: 0)
    public static var __getattr__ = Value(bits: 0)
    public static var __setattr__ = Value(bits: 0)
    public static var __delattr__ = Value(bits: 0)
    public static var __get__ = Value(bits: 0)
    public static var __set__ = Value(bits: 0)
    public static var __delete__ = Value(bits: 0)
    public static var __index__ = Value(bits: 0)
    public static var __class__ = Value(bits: 0)
    public static var __dict__ = Value(bits: 0)

    /// `__lt__` … `__ge__`, in CompareOp order.
    public static var comparisons: [Value] = []
    /// `__add__` …, `__radd__` …, `__iadd__` …, in BinaryOp order.
    public static var binary: [Value] = []
    public static var reflected: [Value] = []
    public static var inplace: [Value] = []

    static func setUp() {
        func name(_ s: String) -> Value { Interned.intern(s) }
        __name__ = name("__name__")
        __init__ = name("__init__"); __new__ = name("__new__"); __call__ = name("__call__")
        __repr__ = name("__repr__"); __str__ = name("__str__"); __hash__ = name("__hash__")
        __bool__ = name("__bool__"); __len__ = name("__len__"); __iter__ = name("__iter__")
        __next__ = name("__next__"); __getitem__ = name("__getitem__"); __setitem__ = name("__setitem__")
        __delitem__ = name("__delitem__"); __contains__ = name("__contains__")
        __neg__ = name("__neg__"); __pos__ = name("__pos__"); __invert__ = name("__invert__")
        __getattribute__ = name("__getattribute__"); __getattr__ = name("__getattr__")
        __setattr__ = name("__setattr__"); __delattr__ = name("__delattr__")
        __get__ = name("__get__"); __set__ = name("__set__"); __delete__ = name("__delete__")
        __index__ = name("__index__"); __class__ = name("__class__"); __dict__ = name("__dict__")
        comparisons = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].map(name)
        binary = BinaryOp.allCases.map { name("__\($0.methodName)__") }
        reflected = BinaryOp.allCases.map { name("__r\($0.methodName)__") }
        inplace = BinaryOp.allCases.map { name("__i\($0.methodName)__") }
    }
}

// The array module: the array type, its iterator and `typecodes`.

enum ArrayModule {
    @inline(never)
    static func create() -> Value {
        let m = ModuleObject.create(name: "array")
        let type = ArrayType.setUp()
        ModuleTypes.export([type], to: m)
        let d = DictRef(ModuleObject.dict(m))
        d.setStr(Interned.intern("ArrayType"), type)
        d.setStr(Interned.intern("typecodes"), StrRef.create("bBuhHiIlLqQfd").value)
        return m
    }
}

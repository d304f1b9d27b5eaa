/// A value moved between threads whose safety the compiler cannot check (see `ViewBatch`).
struct Unchecked<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// A value moved between threads whose safety the compiler cannot check (see `ViewBatch`).
package struct Unchecked<Value>: @unchecked Sendable {
    package var value: Value
    package init(_ value: Value) { self.value = value }
}

/// A value moved between threads whose safety the compiler cannot check: a view tree made fresh
/// for one item and read only by the thread that renders it.
package struct Unchecked<Value>: @unchecked Sendable {
    package var value: Value
    package init(_ value: Value) { self.value = value }
}

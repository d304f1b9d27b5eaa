/// A value left to the operating system when the process ends instead of being freed object by
/// object: the checked content of a national corpus is millions of small allocations, and
/// freeing them one by one took about 80 ms at the end of every `check`.
final class KeptUntilExit<Value>: @unchecked Sendable {
    let value: Value

    private init(_ value: Value) { self.value = value }

    /// Keeps `value` alive until the process exits. Only for a command's last, large values.
    static func keep(_ value: Value) {
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}

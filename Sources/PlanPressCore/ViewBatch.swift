/// Builds many view models at once on every core. Views are `[String: Any]` trees of strings,
/// numbers and lists, made fresh per call and never shared while being built, so handing them
/// between threads is safe although the type system cannot see it.
package enum ViewBatch {
    /// `items.map(make)` on every core, in order.
    package static func map<T>(_ items: [T], _ make: (T) -> [String: Any]) -> [[String: Any]] {
        withoutActuallyEscaping(make) { make in
            let box = Unchecked((items, make))
            return Parallel.map(Array(items.indices)) { i in Unchecked(box.value.1(box.value.0[i])) }.map(\.value)
        }
    }
}

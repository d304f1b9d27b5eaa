/// `count` items made only when asked for, item `i` by `make(i)`, on whichever thread asks: a
/// long list (a national report's units or project descriptions) that is written a part at a
/// time instead of being held whole.
public struct LazyItems<Item>: Sendable {
    public let count: Int
    public let make: @Sendable (Int) -> Item

    public init(count: Int, make: @escaping @Sendable (Int) -> Item) {
        self.count = count
        self.make = make
    }
}

import PlanPressCore

/// A value a template reads: text, a flag, a list or an object of named values.
///
/// What a template reads is this typed tree, made from a channel's view model once, so that
/// rendering does no dynamic casts (the template library we used before spent a third of a build
/// casting `Any` at every lookup).
public enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A list whose items are made only when rendered, each on the core that renders it, and
    /// dropped after (the booklet's tens of thousands of project descriptions).
    case lazyList(LazyItems<TemplateValue>)

    /// True when a section over the value renders its content.
    package var isTruthy: Bool {
        switch self {
        case .flag(let b): return b
        case .list(let items): return !items.isEmpty
        case .lazyList(let list): return list.count > 0
        case .text, .object: return true
        }
    }
}

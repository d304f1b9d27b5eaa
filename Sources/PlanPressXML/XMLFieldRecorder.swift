/// Records, during a streaming read, the values of the elements it picks as fields: the keys and
/// keyrefs of a schema checked outside libxml2, over a document validated in parts.
public protocol XMLFieldRecorder {
    /// What the recorder calls a field (its role in a constraint).
    associatedtype Field

    /// Whether the element `name` at `depth` (the root is 0), under `ancestors` (the root first),
    /// is a field, and where its value is: the attribute named `attribute`, or its text when that
    /// is nil. `elementsRead` is how many elements the read's query took before this one.
    mutating func field<Ancestors: BidirectionalCollection<String>>(
        _ name: String, depth: Int, ancestors: Ancestors, elementsRead: Int
    ) -> (Field, attribute: String?)?

    /// A field's value: nil when its attribute is absent.
    mutating func record(_ field: Field, _ value: String?)

    /// The document ended inside a field's element.
    mutating func unclosedField()
}

/// No fields: a read that records nothing.
package struct NoFields: XMLFieldRecorder {
    package func field<Ancestors: BidirectionalCollection<String>>(
        _ name: String, depth: Int, ancestors: Ancestors, elementsRead: Int
    ) -> (Never, attribute: String?)? { nil }
    package func record(_ field: Never, _ value: String?) {}
    package func unclosedField() {}
}

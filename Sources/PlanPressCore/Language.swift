/// The language of messages and of the report's labels.
public enum Language: String, Sendable, CaseIterable {
    case th
    case en
}

/// A text that exists in Thai and in English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var th: String
    public var en: String

    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .th ? th : en
    }
}

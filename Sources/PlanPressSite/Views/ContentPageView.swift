/// A content page written in Markdown (`report.pages`).
struct ContentPageView: Encodable {
    var title: String
    /// The page's Markdown as HTML.
    var body: String
}

/// A page with nothing of its own beside the frame (search, not found).
struct EmptyView: Encodable {}

/// What every page shows of the site itself (the header's title, the footer's links); converted
/// once per build and shared by every page as `site`.
struct SiteView: Encodable {
    /// The link preview's image, when the site has a base URL.
    var image: String?
    var title: String
    var office: String
    var province: String
    var fiscalYear: String
    var reportDate: String
    var pages: [PageLink]

    /// A content page in the footer.
    struct PageLink: Encodable {
        var href: String
        var title: String
    }
}

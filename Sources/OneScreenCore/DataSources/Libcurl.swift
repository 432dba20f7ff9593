import CCurl

/// The libcurl functions the http source calls, resolved from `libcurl.so.4` when the first http source runs (see
/// `SharedLibrary` for why it is not linked). `curl_easy_setopt` and `curl_easy_getinfo` are variadic, which Swift
/// cannot call: their addresses go to the C shim, which calls them with each option's type fixed.
struct Libcurl: @unchecked Sendable {
    let easyInit: @convention(c) () -> UnsafeMutableRawPointer?
    let easyCleanup: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let easyPerform: @convention(c) (UnsafeMutableRawPointer?) -> CURLcode
    let easyStrerror: @convention(c) (CURLcode) -> UnsafePointer<CChar>?
    let slistAppend: @convention(c) (UnsafeMutablePointer<curl_slist>?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<curl_slist>?
    let slistFreeAll: @convention(c) (UnsafeMutablePointer<curl_slist>?) -> Void
    let easySetopt: UnsafeMutableRawPointer
    let easyGetinfo: UnsafeMutableRawPointer

    /// Loaded and globally initialised once, by the first transfer; the error says which package to install.
    static let shared = Result<Libcurl, MissingLibrary> { () throws(MissingLibrary) in
        let library = try SharedLibrary.open(["libcurl.so.4"], purpose: "the HTTP client library (libcurl)", package: "libcurl4")
        let curl = try Libcurl(library)
        let globalInit: @convention(c) (Int) -> CURLcode = try library.function("curl_global_init")
        guard globalInit(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK else {
            throw MissingLibrary(purpose: library.file, package: nil, reason: "curl_global_init failed")
        }
        return curl
    }

    private init(_ library: SharedLibrary) throws(MissingLibrary) {
        easyInit = try library.function("curl_easy_init")
        easyCleanup = try library.function("curl_easy_cleanup")
        easyPerform = try library.function("curl_easy_perform")
        easyStrerror = try library.function("curl_easy_strerror")
        slistAppend = try library.function("curl_slist_append")
        slistFreeAll = try library.function("curl_slist_free_all")
        easySetopt = try library.function("curl_easy_setopt")
        easyGetinfo = try library.function("curl_easy_getinfo")
    }

    /// `code` in words.
    func text(_ code: CURLcode) -> String { easyStrerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)" }
}

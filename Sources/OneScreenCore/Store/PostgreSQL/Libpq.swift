import CLibpq

/// The libpq functions the PostgreSQL store calls, resolved from `libpq.so.5` when the first connection is made
/// (see `SharedLibrary` for why it is not linked). Each field is the header's function, under its name without `PQ`.
struct Libpq: @unchecked Sendable {
    typealias Connection = OpaquePointer
    typealias Result = OpaquePointer

    let connectdbParams: @convention(c) (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32) -> Connection?
    let status: @convention(c) (Connection?) -> ConnStatusType
    let errorMessage: @convention(c) (Connection?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (Connection?) -> Void
    let setNoticeReceiver: @convention(c) (Connection?, PQnoticeReceiver?, UnsafeMutableRawPointer?) -> PQnoticeReceiver?
    let exec: @convention(c) (Connection?, UnsafePointer<CChar>?) -> Result?
    let execParams: @convention(c) (Connection?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?,
                                    UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Result?
    let serverVersion: @convention(c) (Connection?) -> Int32
    let escapeIdentifier: @convention(c) (Connection?, UnsafePointer<CChar>?, Int) -> UnsafeMutablePointer<CChar>?
    let transactionStatus: @convention(c) (Connection?) -> PGTransactionStatusType
    let socket: @convention(c) (Connection?) -> Int32
    let consumeInput: @convention(c) (Connection?) -> Int32
    let notifies: @convention(c) (Connection?) -> UnsafeMutablePointer<PGnotify>?
    let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let putCopyData: @convention(c) (Connection?, UnsafePointer<CChar>?, Int32) -> Int32
    let putCopyEnd: @convention(c) (Connection?, UnsafePointer<CChar>?) -> Int32
    let getResult: @convention(c) (Connection?) -> Result?
    let resultStatus: @convention(c) (Result?) -> ExecStatusType
    let resultErrorMessage: @convention(c) (Result?) -> UnsafeMutablePointer<CChar>?
    let resultErrorField: @convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?
    let clear: @convention(c) (Result?) -> Void
    let cmdTuples: @convention(c) (Result?) -> UnsafeMutablePointer<CChar>?
    let ntuples: @convention(c) (Result?) -> Int32
    let nfields: @convention(c) (Result?) -> Int32
    let fname: @convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?
    let ftype: @convention(c) (Result?, Int32) -> Oid
    let getisnull: @convention(c) (Result?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (Result?, Int32, Int32) -> UnsafeMutablePointer<CChar>?

    /// Loaded once, by the first connection; the error says which package to install.
    static let shared = Swift.Result<Libpq, MissingLibrary> { () throws(MissingLibrary) in
        try Libpq(SharedLibrary.open(["libpq.so.5"], purpose: "PostgreSQL's client library (libpq)", package: "libpq5"))
    }

    private init(_ library: SharedLibrary) throws(MissingLibrary) {
        connectdbParams = try library.function("PQconnectdbParams")
        status = try library.function("PQstatus")
        errorMessage = try library.function("PQerrorMessage")
        finish = try library.function("PQfinish")
        setNoticeReceiver = try library.function("PQsetNoticeReceiver")
        exec = try library.function("PQexec")
        execParams = try library.function("PQexecParams")
        serverVersion = try library.function("PQserverVersion")
        escapeIdentifier = try library.function("PQescapeIdentifier")
        transactionStatus = try library.function("PQtransactionStatus")
        socket = try library.function("PQsocket")
        consumeInput = try library.function("PQconsumeInput")
        notifies = try library.function("PQnotifies")
        freemem = try library.function("PQfreemem")
        putCopyData = try library.function("PQputCopyData")
        putCopyEnd = try library.function("PQputCopyEnd")
        getResult = try library.function("PQgetResult")
        resultStatus = try library.function("PQresultStatus")
        resultErrorMessage = try library.function("PQresultErrorMessage")
        resultErrorField = try library.function("PQresultErrorField")
        clear = try library.function("PQclear")
        cmdTuples = try library.function("PQcmdTuples")
        ntuples = try library.function("PQntuples")
        nfields = try library.function("PQnfields")
        fname = try library.function("PQfname")
        ftype = try library.function("PQftype")
        getisnull = try library.function("PQgetisnull")
        getvalue = try library.function("PQgetvalue")
    }
}

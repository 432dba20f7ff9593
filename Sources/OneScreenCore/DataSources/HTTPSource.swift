import Foundation

/// Polls a URL that answers with a JSON array of records or with JSON Lines (`JSONRecordStream`), streamed into
/// ingest through libcurl (`HTTPTransfer`).
struct HTTPSource: DataSource {
    let settings: HTTPSettings

    func run(_ context: SourceRunContext) async throws -> String? {
        let handoff = ChunkHandoff(context: context, name: settings.url.absoluteString)
        let settings = self.settings, timeout = context.timeout
        try await BlockingWork.run { stop in
            try HTTPTransfer(settings: settings, timeout: timeout, handoff: handoff, stop: stop).run()
        }
        return nil
    }
}

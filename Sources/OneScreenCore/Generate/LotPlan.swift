/// The lots, the truck trips that carry them and the trucks' door openings.
///
/// Each truck makes at most one trip a day: loaded at a Shandong plant in the evening, unloaded at a Shanghai
/// warehouse early next morning, back empty during the day. One trip carries one lot, so a truck reading can name
/// the lot it carries without ambiguity. Lots are planned backwards from the last evening before the end until there
/// are `count` of them, which reaches about six weeks back (before the 30 days of readings for the oldest ones).
struct LotPlan: Sendable {
    static let count = 300
    /// The truck whose trip has the resolved "door open, compartment warm" excursion, and how many days before
    /// the last loading evening that trip leaves.
    static let doorExcursionTruck = 2
    static let doorExcursionDaysBack: Int64 = 5
    /// The truck still on the road at the end with a failing refrigeration unit.
    static let ongoingTruck = 5
    /// The truck whose unloading shows a one-reading temperature spike.
    static let spikeTruck = 4
    static let spikeDaysBack: Int64 = 8

    var lots: [SampleLot] = []
    /// Per truck, sorted by `loaded`.
    var trips: [[TruckTrip]] = []
    /// Per truck, sorted by `open`; the planned excursion's opening is added by the excursion plan.
    var doors: [[DoorOpening]] = []
    /// Trip indexes (within the truck's trips) of the special trips above.
    var doorExcursionTrip = 0
    var ongoingTrip = 0
    var spikeTrip = 0

    init(seed: UInt64, end: Int64, sites: SampleSites) {
        var random = SampleRandom(seed: seed, stream: 0x107)
        let hour = SampleCalendar.hour
        let minute = SampleCalendar.minute
        let lastLoadDay = SampleCalendar.dayNumber(end - 22 * hour)
        let products = SampleProduct.all
        let productWeights = products.map(\.weight)

        struct Draft {
            var lot: SampleLot
            var loaded: Int64
            var unloaded: Int64
            var doors: [DoorOpening]
        }
        var drafts: [Draft] = []
        var daysBack: Int64 = 0
        while drafts.count < LotPlan.count {
            let day = lastLoadDay - daysBack
            let midnight = SampleCalendar.midnight(day)
            for truck in sites.trucks.indices where drafts.count < LotPlan.count {
                let forced =
                    (truck == LotPlan.doorExcursionTruck && daysBack == LotPlan.doorExcursionDaysBack)
                    || (truck == LotPlan.ongoingTruck && daysBack == 0)
                    || (truck == LotPlan.spikeTruck && daysBack == LotPlan.spikeDaysBack)
                guard forced || random.chance(0.88) else { continue }

                let product = products[random.weighted(productWeights)]
                let plantIndex = random.int(0..<sites.plants.count)
                let farmIndex = random.chance(0.8) ? plantIndex : random.int(0..<sites.farms.count)
                let warehouse = sites.warehouses[random.weighted([0.45, 0.35, 0.2])]
                let store = sites.stores[random.int(0..<sites.stores.count)]
                let plant = sites.plants[plantIndex].name
                let farm = sites.farms[farmIndex].name
                let truckName = sites.trucks[truck].name

                var plantDepart = midnight + 18 * hour + random.int64(0...170) * minute + random.int64(0...59)
                var loaded = plantDepart + random.int64(5...12) * minute + random.int64(0...59)
                var unloaded = loaded + random.int64(510...630) * minute + random.int64(0...59)
                if truck == LotPlan.ongoingTruck && daysBack == 0 {
                    // Left late and is still on the road at the end (due about 90 minutes after it).
                    loaded = end - 9 * hour - 20 * minute + random.int64(0...59)
                    plantDepart = loaded - 8 * minute - random.int64(0...59)
                    unloaded = end + 90 * minute
                }
                let plantInspect = plantDepart - random.int64(180...360) * minute - random.int64(0...59)
                let processed = midnight + random.int64(180...360) * minute + random.int64(0...59)
                let plantArrive = processed - random.int64(120...240) * minute - random.int64(0...59)
                let farmDepart = plantArrive - random.int64(120...210) * minute - random.int64(0...59)
                let farmInspect = farmDepart - random.int64(180...360) * minute - random.int64(0...59)
                let farmArrive = SampleCalendar.midnight(day - random.int64(41...44)) + random.int64(480...660) * minute
                let warehouseArrive = unloaded + random.int64(5...15) * minute + random.int64(0...59)
                let warehouseInspect = warehouseArrive + random.int64(20...60) * minute + random.int64(0...59)
                let warehouseDepart =
                    warehouseInspect
                    + (product.chilled ? random.int64(240...1200) : random.int64(1200...5760)) * minute
                let storeArrive = warehouseDepart + random.int64(90...240) * minute + random.int64(0...59)
                let sold = storeArrive + (product.chilled ? random.int64(180...1800) : random.int64(1440...7200)) * minute

                let precool = random.int(15...28)
                let quarantined = truck == LotPlan.doorExcursionTruck && daysBack == LotPlan.doorExcursionDaysBack
                var events: [SampleLotEvent] = [
                    SampleLotEvent(
                        stage: .farm, site: farm, time: farmArrive, event: .arrive,
                        note: "鸡苗入栏 \(random.int(80...150) * 100) 羽"),
                    SampleLotEvent(
                        stage: .farm, site: farm, time: farmInspect, event: .inspect,
                        note: "出栏前检疫合格，抽检 \(random.int(20...40)) 只"),
                    SampleLotEvent(stage: .farm, site: farm, time: farmDepart, event: .depart, note: "出栏装车"),
                    SampleLotEvent(stage: .plant, site: plant, time: plantArrive, event: .arrive, note: "到厂待宰"),
                    SampleLotEvent(
                        stage: .plant, site: plant, time: processed, event: .process, note: "屠宰分割，加工为\(product.name)"),
                    SampleLotEvent(
                        stage: .plant, site: plant, time: plantInspect, event: .inspect,
                        note: "出厂检验合格，抽检 \(random.int(8...16)) 件"),
                    SampleLotEvent(stage: .plant, site: plant, time: plantDepart, event: .depart, note: "出厂"),
                    SampleLotEvent(
                        stage: .transport, site: truckName, time: loaded, event: .arrive,
                        note: "装车发运，车厢预冷至 \(precool / 10).\(precool % 10)°C"),
                    SampleLotEvent(
                        stage: .transport, site: truckName, time: unloaded, event: .depart,
                        note: quarantined ? "到库卸车，途中车厢温度超标" : "到库卸车"),
                    SampleLotEvent(
                        stage: .warehouse, site: warehouse.name, time: warehouseArrive, event: .arrive,
                        note: quarantined ? "入库隔离区待检" : "入库（冷藏区）"),
                    SampleLotEvent(
                        stage: .warehouse, site: warehouse.name, time: warehouseInspect, event: .inspect,
                        note: quarantined ? "复检：中心温度超出冷藏标准，整批冻结待处置" : "入库抽检合格"),
                ]
                if quarantined {
                    events.append(SampleLotEvent(stage: .warehouse, site: warehouse.name, time: warehouseInspect + 5 * minute,
                                                 event: .hold, note: "整批冻结，隔离待处置"))
                } else {
                    events += [
                        SampleLotEvent(
                            stage: .warehouse, site: warehouse.name, time: warehouseDepart, event: .depart,
                            note: "出库配送\(store.name)"),
                        SampleLotEvent(stage: .store, site: store.name, time: storeArrive, event: .arrive, note: "门店收货"),
                        SampleLotEvent(stage: .store, site: store.name, time: sold, event: .sell, note: "上架销售"),
                    ]
                }
                events.removeAll { $0.time > end }

                // Routine openings (loading here, unloading below) last 12 to 26 minutes, under the door standard's
                // 30-minute hold: only the planned excursion may break it.
                let loadingOpen = plantDepart - random.int64(20...28) * minute - random.int64(0...59)
                let loadingClose = plantDepart - random.int64(5...8) * minute
                let unloadingOpen = unloaded - random.int64(22...28) * minute - random.int64(0...59)
                let unloadingClose = unloaded - random.int64(3...6) * minute
                let lot = SampleLot(id: "", product: product.name, processed: processed, truck: truck, events: events)
                drafts.append(
                    Draft(
                        lot: lot, loaded: loaded, unloaded: unloaded,
                        doors: [
                            DoorOpening(open: loadingOpen, close: loadingClose),
                            DoorOpening(open: unloadingOpen, close: unloadingClose),
                        ]))
            }
            daysBack += 1
        }

        // Chronological order and ids: L + processing date + sequence of that day.
        drafts.sort { ($0.lot.processed, $0.lot.truck) < ($1.lot.processed, $1.lot.truck) }
        var previousDay: Int64 = .min
        var sequence = 0
        trips = Array(repeating: [], count: sites.trucks.count)
        doors = Array(repeating: [], count: sites.trucks.count)
        for (index, draft) in drafts.enumerated() {
            let day = SampleCalendar.dayNumber(draft.lot.processed)
            sequence = day == previousDay ? sequence + 1 : 1
            previousDay = day
            var lot = draft.lot
            lot.id = "L" + SampleCalendar.compactDate(day) + "-" + (sequence < 10 ? "00" : "0") + String(sequence)
            lots.append(lot)
            let truck = lot.truck
            let loadDay = SampleCalendar.dayNumber(draft.loaded)
            if truck == LotPlan.doorExcursionTruck && loadDay == lastLoadDay - LotPlan.doorExcursionDaysBack {
                doorExcursionTrip = trips[truck].count
            }
            if truck == LotPlan.ongoingTruck && draft.unloaded > end { ongoingTrip = trips[truck].count }
            if truck == LotPlan.spikeTruck && loadDay == lastLoadDay - LotPlan.spikeDaysBack {
                spikeTrip = trips[truck].count
            }
            trips[truck].append(TruckTrip(lot: index, loaded: draft.loaded, unloaded: draft.unloaded))
            doors[truck] += draft.doors
        }
    }

    /// The `lot_event` records: lot by lot in id order, each lot's events along the chain.
    var lotEvents: [LotEvent] {
        lots.flatMap { lot in
            lot.events.map { event in
                LotEvent(
                    lot: lot.id, product: lot.product, stage: event.stage, site: event.site,
                    time: Instant(seconds: event.time), event: event.event, note: event.note)
            }
        }
    }

    /// The trip a truck is on at `time`, if any.
    func trip(truck: Int, at time: Int64) -> TruckTrip? {
        let list = trips[truck]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].loaded <= time { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = list[low - 1]
        return time <= candidate.unloaded ? candidate : nil
    }
}

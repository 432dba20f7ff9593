/// The planned quality excursions and single-reading spikes, at fixed sites and days before the end with minutes
/// and seconds drawn from the seed.
///
/// Seven excursions are over before the end (resolved) and three are still out of band at it (the overview's current
/// problems). The truck door excursion overlaps the same truck's temperature excursion, for a combined
/// "temperature high AND door open" rule; the other truck excursion has its door closed.
struct ExcursionPlan: Sendable {
    var excursions: [PlannedExcursion] = []
    var spikes: [PlannedSpike] = []

    init(seed: UInt64, end: Int64, sites: SampleSites, lots: inout LotPlan, series: (SampleMetric, SampleSite) -> Int) {
        var random = SampleRandom(seed: seed, stream: 0xE5C)
        let minute = SampleCalendar.minute
        let hour = SampleCalendar.hour
        let today = SampleCalendar.dayNumber(end)
        func at(_ daysBack: Int64, _ hours: Int64, _ minutes: Int64, jitter: Int64 = 10) -> Int64 {
            SampleCalendar.midnight(today - daysBack) + hours * hour + (minutes + random.int64(0...jitter)) * minute
                + random.int64(0...59)
        }
        func peak(_ value: Double, _ spread: Double) -> Double {
            ((value + random.double(-spread, spread)) * 10).rounded() / 10
        }
        func add(
            _ metric: SampleMetric, _ site: SampleSite, start: Int64, end: Int64?, peak: Double, lot: Int? = nil,
            rampIn: Int64, rampOut: Int64, note: String
        ) {
            let number = excursions.count + 1
            excursions.append(
                PlannedExcursion(
                    id: "EX-" + SampleCalendar.pad2(number), series: series(metric, site), metric: metric,
                    start: start, end: end, peak: peak, lot: lot, note: note, rampIn: rampIn, rampOut: rampOut))
        }

        // EX-01, EX-02: a door left ajar at a service-area stop, compartment warming to about 8.6 °C.
        let doorTruck = sites.trucks[LotPlan.doorExcursionTruck]
        let doorTrip = lots.trips[LotPlan.doorExcursionTruck][lots.doorExcursionTrip]
        let doorOpen = doorTrip.loaded + (185 + random.int64(0...20)) * minute + random.int64(0...59)
        let doorClose = doorOpen + (75 + random.int64(0...5)) * minute + random.int64(0...59)
        lots.doors[LotPlan.doorExcursionTruck].append(DoorOpening(open: doorOpen, close: doorClose))
        lots.doors[LotPlan.doorExcursionTruck].sort { $0.open < $1.open }
        let warmStart = doorOpen + 9 * minute + random.int64(0...59)
        add(
            .coldTemp, doorTruck, start: warmStart, end: doorClose + 21 * minute + random.int64(0...59),
            peak: peak(8.6, 0.25), lot: doorTrip.lot, rampIn: warmStart - doorOpen, rampOut: 40 * minute,
            note: "途经服务区停靠时车门未关严，车厢升温，关门后恢复；所载批次入库隔离复检")
        add(
            .coldDoor, doorTruck, start: doorOpen, end: doorClose, peak: 1, lot: doorTrip.lot, rampIn: 0, rampOut: 0,
            note: "车门持续开启超过 30 分钟（与车厢温度超标同时发生）")

        // EX-03: a store freezer's compressor fails for two hours.
        let freezerStart = at(9, 14, 20, jitter: 15)
        add(
            .freezerTemp, sites.stores[11], start: freezerStart, end: freezerStart + (125 + random.int64(0...5)) * minute,
            peak: peak(-12.0, 0.2), rampIn: 30 * minute, rampOut: 60 * minute,
            note: "冷冻柜压缩机故障，柜温升至 -12°C 左右约 2 小时，维修后恢复")

        // EX-04: CO2 stunning line leak in a processing hall.
        let co2Start = at(12, 10, 5)
        add(
            .plantCO2, sites.plants[1], start: co2Start, end: co2Start + (95 + random.int64(0...5)) * minute,
            peak: Double(Int(peak(2050, 50))), rampIn: 10 * minute, rampOut: 30 * minute,
            note: "CO2 致晕设备管路泄漏，加强通风并维修后恢复")

        // EX-05: a night-time heating failure in a broiler house.
        let coldStart = at(17, 2, 10)
        add(
            .farmTemp, sites.farms[1], start: coldStart, end: coldStart + (145 + random.int64(0...5)) * minute,
            peak: peak(14.8, 0.2), rampIn: 60 * minute, rampOut: 90 * minute,
            note: "夜间供暖锅炉停机，鸡舍温度降至 15°C 以下，重启后恢复")

        // EX-06: dock door held open during the morning receiving peak.
        let dockStart = at(4, 5, 10)
        add(
            .warehouseTemp, sites.warehouses[1], start: dockStart, end: dockStart + (50 + random.int64(0...4)) * minute,
            peak: peak(7.1, 0.2), rampIn: 10 * minute, rampOut: 30 * minute,
            note: "收货高峰月台门长时间开启，冷藏区升温")

        // EX-07: a filling machine's load cell drifts, packs come out underweight.
        let weightStart = at(21, 9, 0)
        add(
            .plantWeight, sites.plants[0], start: weightStart, end: weightStart + (130 + random.int64(0...5)) * minute,
            peak: peak(484.0, 0.4), rampIn: 5 * minute, rampOut: 5 * minute,
            note: "定量包装机称重传感器漂移，成品净含量偏低，校准后恢复")

        // EX-08 (ongoing): refrigeration unit failing on a truck still on the road, door closed.
        let ongoingTrip = lots.trips[LotPlan.ongoingTruck][lots.ongoingTrip]
        add(
            .coldTemp, sites.trucks[LotPlan.ongoingTruck], start: end - 70 * minute + random.int64(0...59), end: nil,
            peak: peak(7.2, 0.2), lot: ongoingTrip.lot, rampIn: 30 * minute, rampOut: 0,
            note: "制冷机组故障，车门关闭，车辆仍在途，车厢温度持续上升")

        // EX-09 (ongoing): a freezer door seal is torn.
        add(
            .freezerTemp, sites.stores[20], start: end - 155 * minute + random.int64(0...59), end: nil,
            peak: peak(-13.5, 0.2), rampIn: 40 * minute, rampOut: 0,
            note: "冷冻柜门封条破损，柜温持续偏高，待维修")

        // EX-10 (ongoing): ventilation cut back in a cold night, CO2 builds up.
        add(
            .farmCO2, sites.farms[2], start: end - 140 * minute + random.int64(0...59), end: nil,
            peak: Double(Int(peak(3700, 50))), rampIn: 60 * minute, rampOut: 0,
            note: "寒潮夜间减少通风，鸡舍 CO2 浓度超标")

        // Spikes: one reading out of band, neighbours in band five minutes away.
        func spike(_ metric: SampleMetric, _ site: SampleSite, _ time: Int64, _ value: Double, _ note: String) {
            let number = spikes.count + 1
            spikes.append(
                PlannedSpike(
                    id: "SP-" + SampleCalendar.pad2(number), series: series(metric, site), metric: metric, time: time,
                    value: value, note: note))
        }
        let spikeTrip = lots.trips[LotPlan.spikeTruck][lots.spikeTrip]
        let unloading = lots.doors[LotPlan.spikeTruck].first {
            $0.open >= spikeTrip.unloaded - hour && $0.open < spikeTrip.unloaded
        }
        let spikeTime = (unloading?.open ?? spikeTrip.unloaded - 20 * minute) + 6 * minute + random.int64(0...59)
        spike(.coldTemp, sites.trucks[LotPlan.spikeTruck], spikeTime, peak(6.3, 0.2), "卸货开门瞬间探头靠近门口，单点偏高")
        spike(.freezerTemp, sites.stores[30], at(7, 3, 17, jitter: 0), peak(-15.4, 0.1), "除霜周期探头单点读数偏高")
        spike(.plantCO2, sites.plants[2], at(15, 15, 42, jitter: 0), Double(Int(peak(1720, 20))), "叉车尾气经过探头，单点偏高")
        spike(.warehouseTemp, sites.warehouses[0], at(11, 6, 12, jitter: 0), peak(5.2, 0.15), "出库时探头被托盘短暂遮挡")
    }
}

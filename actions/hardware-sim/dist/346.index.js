export const id = 346;
export const ids = [346];
export const modules = {

/***/ 84346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GPIOPinState: () => (/* reexport */ GPIOPinState),
  Simulator: () => (/* reexport */ Simulator)
});

// UNUSED EXPORTS: BasePeripheral, ConsoleLogger, DataDirection, DescriptorType, FIFO, GDBConnection, GDBServer, GPIOPin, I2CMode, I2CSpeed, LogLevel, RP2040, RPI2C, RPPIO, RPUSBController, SetupRecipient, SetupRequest, SetupType, StateMachine, USBCDC, createSetupPacket, getDescriptorPacket, parseSetupPacket, setDeviceAddressPacket, setDeviceConfigurationPacket

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/irq.js
var IRQ;
(function (IRQ) {
    IRQ[IRQ["TIMER_0"] = 0] = "TIMER_0";
    IRQ[IRQ["TIMER_1"] = 1] = "TIMER_1";
    IRQ[IRQ["TIMER_2"] = 2] = "TIMER_2";
    IRQ[IRQ["TIMER_3"] = 3] = "TIMER_3";
    IRQ[IRQ["PWM_WRAP"] = 4] = "PWM_WRAP";
    IRQ[IRQ["USBCTRL"] = 5] = "USBCTRL";
    IRQ[IRQ["XIP"] = 6] = "XIP";
    IRQ[IRQ["PIO0_IRQ0"] = 7] = "PIO0_IRQ0";
    IRQ[IRQ["PIO0_IRQ1"] = 8] = "PIO0_IRQ1";
    IRQ[IRQ["PIO1_IRQ0"] = 9] = "PIO1_IRQ0";
    IRQ[IRQ["PIO1_IRQ1"] = 10] = "PIO1_IRQ1";
    IRQ[IRQ["DMA_IRQ0"] = 11] = "DMA_IRQ0";
    IRQ[IRQ["DMA_IRQ1"] = 12] = "DMA_IRQ1";
    IRQ[IRQ["IO_BANK0"] = 13] = "IO_BANK0";
    IRQ[IRQ["IO_QSPI"] = 14] = "IO_QSPI";
    IRQ[IRQ["SIO_PROC0"] = 15] = "SIO_PROC0";
    IRQ[IRQ["SIO_PROC1"] = 16] = "SIO_PROC1";
    IRQ[IRQ["CLOCKS"] = 17] = "CLOCKS";
    IRQ[IRQ["SPI0"] = 18] = "SPI0";
    IRQ[IRQ["SPI1"] = 19] = "SPI1";
    IRQ[IRQ["UART0"] = 20] = "UART0";
    IRQ[IRQ["UART1"] = 21] = "UART1";
    IRQ[IRQ["ADC_FIFO"] = 22] = "ADC_FIFO";
    IRQ[IRQ["I2C0"] = 23] = "I2C0";
    IRQ[IRQ["I2C1"] = 24] = "I2C1";
    IRQ[IRQ["RTC"] = 25] = "RTC";
})(IRQ || (IRQ = {}));
const MAX_HARDWARE_IRQ = IRQ.RTC;

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/clock/simulation-clock.js
class ClockAlarm {
    constructor(clock, callback) {
        this.clock = clock;
        this.callback = callback;
        this.next = null;
        this.nanos = 0;
        this.scheduled = false;
    }
    schedule(deltaNanos) {
        if (this.scheduled) {
            this.cancel();
        }
        this.clock.linkAlarm(deltaNanos, this);
    }
    cancel() {
        this.clock.unlinkAlarm(this);
        this.scheduled = false;
    }
}
class SimulationClock {
    constructor(frequency = 125e6) {
        this.frequency = frequency;
        this.nextAlarm = null;
        this.nanosCounter = 0;
    }
    get nanos() {
        return this.nanosCounter;
    }
    get micros() {
        return this.nanos / 1000;
    }
    createAlarm(callback) {
        return new ClockAlarm(this, callback);
    }
    linkAlarm(nanos, alarm) {
        alarm.nanos = this.nanos + nanos;
        let alarmListItem = this.nextAlarm;
        let lastItem = null;
        while (alarmListItem && alarmListItem.nanos < alarm.nanos) {
            lastItem = alarmListItem;
            alarmListItem = alarmListItem.next;
        }
        if (lastItem) {
            lastItem.next = alarm;
            alarm.next = alarmListItem;
        }
        else {
            this.nextAlarm = alarm;
            alarm.next = alarmListItem;
        }
        alarm.scheduled = true;
        return alarm;
    }
    unlinkAlarm(alarm) {
        let alarmListItem = this.nextAlarm;
        if (!alarmListItem) {
            return false;
        }
        let lastItem = null;
        while (alarmListItem) {
            if (alarmListItem === alarm) {
                if (lastItem) {
                    lastItem.next = alarmListItem.next;
                }
                else {
                    this.nextAlarm = alarmListItem.next;
                }
                return true;
            }
            lastItem = alarmListItem;
            alarmListItem = alarmListItem.next;
        }
        return false;
    }
    tick(deltaNanos) {
        const targetNanos = this.nanosCounter + deltaNanos;
        let alarm = this.nextAlarm;
        while (alarm && alarm.nanos <= targetNanos) {
            this.nextAlarm = alarm.next;
            this.nanosCounter = alarm.nanos;
            alarm.callback();
            alarm = this.nextAlarm;
        }
        this.nanosCounter = targetNanos;
    }
    get nanosToNextAlarm() {
        if (this.nextAlarm) {
            return this.nextAlarm.nanos - this.nanos;
        }
        return 0;
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/utils/fifo.js
class fifo_FIFO {
    constructor(size) {
        this.start = 0;
        this.used = 0;
        this.buffer = new Uint32Array(size);
    }
    get size() {
        return this.buffer.length;
    }
    get itemCount() {
        return this.used;
    }
    push(value) {
        const { length } = this.buffer;
        const { start, used } = this;
        if (this.used < length) {
            this.buffer[(start + used) % length] = value;
            this.used++;
        }
    }
    pull() {
        const { start, used } = this;
        const { length } = this.buffer;
        if (used) {
            this.start = (start + 1) % length;
            this.used--;
            return this.buffer[start];
        }
        return 0;
    }
    peek() {
        return this.used ? this.buffer[this.start] : 0;
    }
    reset() {
        this.used = 0;
    }
    get empty() {
        return this.used == 0;
    }
    get full() {
        return this.used === this.buffer.length;
    }
    get items() {
        const { start, used, buffer } = this;
        const { length } = buffer;
        const result = [];
        for (let i = 0; i < used; i++) {
            result[i] = buffer[(start + i) % length];
        }
        return result;
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/peripheral.js
const ATOMIC_NORMAL = 0;
const ATOMIC_XOR = 1;
const ATOMIC_SET = 2;
const ATOMIC_CLEAR = 3;
function atomicUpdate(currentValue, atomicType, newValue) {
    switch (atomicType) {
        case ATOMIC_XOR:
            return currentValue ^ newValue;
        case ATOMIC_SET:
            return currentValue | newValue;
        case ATOMIC_CLEAR:
            return currentValue & ~newValue;
        default:
            console.warn('Atomic update called with invalid writeType', atomicType);
            return newValue;
    }
}
class BasePeripheral {
    constructor(rp2040, name) {
        this.rp2040 = rp2040;
        this.name = name;
        this.rawWriteValue = 0;
    }
    readUint32(offset) {
        this.warn(`Unimplemented peripheral read from 0x${offset.toString(16)}`);
        if (offset > 0x1000) {
            this.warn('Unimplemented read from peripheral in the atomic operation region');
        }
        return 0xffffffff;
    }
    writeUint32(offset, value) {
        this.warn(`Unimplemented peripheral write to 0x${offset.toString(16)}: 0x${value.toString(16)}`);
    }
    writeUint32Atomic(offset, value, atomicType) {
        this.rawWriteValue = value;
        const newValue = atomicType != ATOMIC_NORMAL
            ? atomicUpdate(this.readUint32(offset), atomicType, value)
            : value;
        this.writeUint32(offset, newValue);
    }
    debug(msg) {
        this.rp2040.logger.debug(this.name, msg);
    }
    info(msg) {
        this.rp2040.logger.info(this.name, msg);
    }
    warn(msg) {
        this.rp2040.logger.warn(this.name, msg);
    }
    error(msg) {
        this.rp2040.logger.error(this.name, msg);
    }
}
class UnimplementedPeripheral extends BasePeripheral {
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/dma.js


var DREQChannel;
(function (DREQChannel) {
    DREQChannel[DREQChannel["DREQ_PIO0_TX0"] = 0] = "DREQ_PIO0_TX0";
    DREQChannel[DREQChannel["DREQ_PIO0_TX1"] = 1] = "DREQ_PIO0_TX1";
    DREQChannel[DREQChannel["DREQ_PIO0_TX2"] = 2] = "DREQ_PIO0_TX2";
    DREQChannel[DREQChannel["DREQ_PIO0_TX3"] = 3] = "DREQ_PIO0_TX3";
    DREQChannel[DREQChannel["DREQ_PIO0_RX0"] = 4] = "DREQ_PIO0_RX0";
    DREQChannel[DREQChannel["DREQ_PIO0_RX1"] = 5] = "DREQ_PIO0_RX1";
    DREQChannel[DREQChannel["DREQ_PIO0_RX2"] = 6] = "DREQ_PIO0_RX2";
    DREQChannel[DREQChannel["DREQ_PIO0_RX3"] = 7] = "DREQ_PIO0_RX3";
    DREQChannel[DREQChannel["DREQ_PIO1_TX0"] = 8] = "DREQ_PIO1_TX0";
    DREQChannel[DREQChannel["DREQ_PIO1_TX1"] = 9] = "DREQ_PIO1_TX1";
    DREQChannel[DREQChannel["DREQ_PIO1_TX2"] = 10] = "DREQ_PIO1_TX2";
    DREQChannel[DREQChannel["DREQ_PIO1_TX3"] = 11] = "DREQ_PIO1_TX3";
    DREQChannel[DREQChannel["DREQ_PIO1_RX0"] = 12] = "DREQ_PIO1_RX0";
    DREQChannel[DREQChannel["DREQ_PIO1_RX1"] = 13] = "DREQ_PIO1_RX1";
    DREQChannel[DREQChannel["DREQ_PIO1_RX2"] = 14] = "DREQ_PIO1_RX2";
    DREQChannel[DREQChannel["DREQ_PIO1_RX3"] = 15] = "DREQ_PIO1_RX3";
    DREQChannel[DREQChannel["DREQ_SPI0_TX"] = 16] = "DREQ_SPI0_TX";
    DREQChannel[DREQChannel["DREQ_SPI0_RX"] = 17] = "DREQ_SPI0_RX";
    DREQChannel[DREQChannel["DREQ_SPI1_TX"] = 18] = "DREQ_SPI1_TX";
    DREQChannel[DREQChannel["DREQ_SPI1_RX"] = 19] = "DREQ_SPI1_RX";
    DREQChannel[DREQChannel["DREQ_UART0_TX"] = 20] = "DREQ_UART0_TX";
    DREQChannel[DREQChannel["DREQ_UART0_RX"] = 21] = "DREQ_UART0_RX";
    DREQChannel[DREQChannel["DREQ_UART1_TX"] = 22] = "DREQ_UART1_TX";
    DREQChannel[DREQChannel["DREQ_UART1_RX"] = 23] = "DREQ_UART1_RX";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP0"] = 24] = "DREQ_PWM_WRAP0";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP1"] = 25] = "DREQ_PWM_WRAP1";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP2"] = 26] = "DREQ_PWM_WRAP2";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP3"] = 27] = "DREQ_PWM_WRAP3";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP4"] = 28] = "DREQ_PWM_WRAP4";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP5"] = 29] = "DREQ_PWM_WRAP5";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP6"] = 30] = "DREQ_PWM_WRAP6";
    DREQChannel[DREQChannel["DREQ_PWM_WRAP7"] = 31] = "DREQ_PWM_WRAP7";
    DREQChannel[DREQChannel["DREQ_I2C0_TX"] = 32] = "DREQ_I2C0_TX";
    DREQChannel[DREQChannel["DREQ_I2C0_RX"] = 33] = "DREQ_I2C0_RX";
    DREQChannel[DREQChannel["DREQ_I2C1_TX"] = 34] = "DREQ_I2C1_TX";
    DREQChannel[DREQChannel["DREQ_I2C1_RX"] = 35] = "DREQ_I2C1_RX";
    DREQChannel[DREQChannel["DREQ_ADC"] = 36] = "DREQ_ADC";
    DREQChannel[DREQChannel["DREQ_XIP_STREAM"] = 37] = "DREQ_XIP_STREAM";
    DREQChannel[DREQChannel["DREQ_XIP_SSITX"] = 38] = "DREQ_XIP_SSITX";
    DREQChannel[DREQChannel["DREQ_XIP_SSIRX"] = 39] = "DREQ_XIP_SSIRX";
    DREQChannel[DREQChannel["DREQ_MAX"] = 40] = "DREQ_MAX";
})(DREQChannel || (DREQChannel = {}));
var TREQ;
(function (TREQ) {
    TREQ[TREQ["Timer0"] = 59] = "Timer0";
    TREQ[TREQ["Timer1"] = 60] = "Timer1";
    TREQ[TREQ["Timer2"] = 61] = "Timer2";
    TREQ[TREQ["Timer3"] = 62] = "Timer3";
    TREQ[TREQ["Permanent"] = 63] = "Permanent";
})(TREQ || (TREQ = {}));
// Per-channel registers
const CHn_READ_ADDR = 0x000; // DMA Channel n Read Address pointer
const CHn_WRITE_ADDR = 0x004; // DMA Channel n Write Address pointer
const CHn_TRANS_COUNT = 0x008; // DMA Channel n Transfer Count
const CHn_CTRL_TRIG = 0x00c; // DMA Channel n Control and Status
const CHn_AL1_CTRL = 0x010; // Alias for channel n CTRL register
const CHn_AL1_READ_ADDR = 0x014; // Alias for channel n READ_ADDR register
const CHn_AL1_WRITE_ADDR = 0x018; // Alias for channel n WRITE_ADDR register
const CHn_AL1_TRANS_COUNT_TRIG = 0x01c; // Alias for channel n TRANS_COUNT register
const CHn_AL2_CTRL = 0x020; // Alias for channel n CTRL register
const CHn_AL2_TRANS_COUNT = 0x024; // Alias for channel n TRANS_COUNT register
const CHn_AL2_READ_ADDR = 0x028; // Alias for channel n READ_ADDR register
const CHn_AL2_WRITE_ADDR_TRIG = 0x02c; // Alias for channel n WRITE_ADDR register
const CHn_AL3_CTRL = 0x030; // Alias for channel n CTRL register
const CHn_AL3_WRITE_ADDR = 0x034; // Alias for channel n WRITE_ADDR register
const CHn_AL3_TRANS_COUNT = 0x038; // Alias for channel n TRANS_COUNT register
const CHn_AL3_READ_ADDR_TRIG = 0x03c; // Alias for channel n READ_ADDR register
const CHn_DBG_CTDREQ = 0x800;
const CHn_DBG_TCR = 0x804;
const CHANNEL_REGISTERS_SIZE = 12 * 0x40;
const CHANNEL_REGISTERS_MASK = 0x83f;
// General DMA registers
const INTR = 0x400; // Interrupt Status (raw)
const INTE0 = 0x404; // Interrupt Enables for IRQ 0
const INTF0 = 0x408; // Force Interrupts
const INTS0 = 0x40c; // Interrupt Status for IRQ 0
const INTE1 = 0x414; // Interrupt Enables for IRQ 1
const INTF1 = 0x418; // Force Interrupts for IRQ 1
const INTS1 = 0x41c; // Interrupt Status (masked) for IRQ 1
const TIMER0 = 0x420; // Pacing (X/Y) Fractional Timer
const TIMER1 = 0x424; // Pacing (X/Y) Fractional Timer
const TIMER2 = 0x428; // Pacing (X/Y) Fractional Timer
const TIMER3 = 0x42c; // Pacing (X/Y) Fractional Timer
const MULTI_CHAN_TRIGGER = 0x430; // Trigger one or more channels simultaneously
const SNIFF_CTRL = 0x434; // Sniffer Control
const SNIFF_DATA = 0x438; // Data accumulator for sniff hardware
const FIFO_LEVELS = 0x440; // Debug RAF, WAF, TDF levels
const CHAN_ABORT = 0x444; // Abort an in-progress transfer sequence on one or more channels
const N_CHANNELS = 0x448;
// CHn_CTRL_TRIG bits
const AHB_ERROR = (/* unused pure expression or super */ null && (1 << 31));
const READ_ERROR = 1 << 30;
const WRITE_ERROR = 1 << 29;
const BUSY = 1 << 24;
const SNIFF_EN = (/* unused pure expression or super */ null && (1 << 23));
const BSWAP = 1 << 22;
const IRQ_QUIET = 1 << 21;
const TREQ_SEL_MASK = 0x3f;
const TREQ_SEL_SHIFT = 15;
const CHAIN_TO_MASK = 0xf;
const CHAIN_TO_SHIFT = 11;
const RING_SEL = 1 << 10;
const RING_SIZE_MASK = 0xf;
const RING_SIZE_SHIFT = 6;
const INCR_WRITE = 1 << 5;
const INCR_READ = 1 << 4;
const DATA_SIZE_MASK = 0x3;
const DATA_SIZE_SHIFT = 2;
const HIGH_PRIORITY = (/* unused pure expression or super */ null && (1 << 1));
const EN = 1 << 0;
const CHn_CTRL_TRIG_WRITE_MASK = 0xffffff;
const CHn_CTRL_TRIG_WC_MASK = READ_ERROR | WRITE_ERROR;
class RPDMAChannel {
    constructor(dma, rp2040, index) {
        this.dma = dma;
        this.rp2040 = rp2040;
        this.index = index;
        this.ctrl = 0;
        this.readAddr = 0;
        this.writeAddr = 0;
        this.transCount = 0;
        this.dreqCounter = 0;
        this.transCountReload = 0;
        this.treqValue = 0;
        this.dataSize = 1;
        this.chainTo = 0;
        this.ringMask = 0;
        this.transferFn = () => 0;
        this.transfer8 = () => {
            const { rp2040 } = this;
            rp2040.writeUint8(this.writeAddr, rp2040.readUint8(this.readAddr));
        };
        this.transfer16 = () => {
            const { rp2040 } = this;
            rp2040.writeUint16(this.writeAddr, rp2040.readUint16(this.readAddr));
        };
        this.transferSwap16 = () => {
            const { rp2040 } = this;
            const input = rp2040.readUint16(this.readAddr);
            rp2040.writeUint16(this.writeAddr, ((input & 0xff) << 8) | (input >> 8));
        };
        this.transfer32 = () => {
            const { rp2040 } = this;
            rp2040.writeUint32(this.writeAddr, rp2040.readUint32(this.readAddr));
        };
        this.transferSwap32 = () => {
            const { rp2040 } = this;
            const input = rp2040.readUint32(this.readAddr);
            rp2040.writeUint32(this.writeAddr, ((input & 0x000000ff) << 24) |
                ((input & 0x0000ff00) << 8) |
                ((input & 0x00ff0000) >> 8) |
                ((input >> 24) & 0xff));
        };
        this.transfer = () => {
            var _a;
            const { ctrl, dataSize, ringMask } = this;
            this.transferFn();
            if (ctrl & INCR_READ) {
                if (ringMask && !(ctrl & RING_SEL)) {
                    this.readAddr = (this.readAddr & ~ringMask) | ((this.readAddr + dataSize) & ringMask);
                }
                else {
                    this.readAddr += dataSize;
                }
            }
            if (ctrl & INCR_WRITE) {
                if (ringMask && ctrl & RING_SEL) {
                    this.writeAddr = (this.writeAddr & ~ringMask) | ((this.writeAddr + dataSize) & ringMask);
                }
                else {
                    this.writeAddr += dataSize;
                }
            }
            this.transCount--;
            if (this.transCount > 0) {
                this.scheduleTransfer();
            }
            else {
                this.ctrl &= ~BUSY;
                if (!(this.ctrl & IRQ_QUIET)) {
                    this.dma.intRaw |= 1 << this.index;
                    this.dma.checkInterrupts();
                }
                if (this.chainTo !== this.index) {
                    (_a = this.dma.channels[this.chainTo]) === null || _a === void 0 ? void 0 : _a.start();
                }
            }
        };
        this.transferAlarm = rp2040.clock.createAlarm(this.transfer);
        this.reset();
    }
    start() {
        if (!(this.ctrl & EN) || this.ctrl & BUSY) {
            return;
        }
        this.ctrl |= BUSY;
        this.transCount = this.transCountReload;
        if (this.transCount) {
            this.scheduleTransfer();
        }
    }
    get treq() {
        return this.treqValue;
    }
    get active() {
        return this.ctrl & EN && this.ctrl & BUSY;
    }
    scheduleTransfer() {
        if (this.dma.dreq[this.treqValue] || this.treqValue === TREQ.Permanent) {
            this.transferAlarm.schedule(0);
        }
        else {
            const delay = this.dma.getTimer(this.treqValue);
            if (delay) {
                this.transferAlarm.schedule(delay * 1000);
            }
        }
    }
    abort() {
        this.ctrl &= ~BUSY;
        this.transferAlarm.cancel();
    }
    readUint32(offset) {
        switch (offset) {
            case CHn_READ_ADDR:
            case CHn_AL1_READ_ADDR:
            case CHn_AL2_READ_ADDR:
            case CHn_AL3_READ_ADDR_TRIG:
                return this.readAddr;
            case CHn_WRITE_ADDR:
            case CHn_AL1_WRITE_ADDR:
            case CHn_AL2_WRITE_ADDR_TRIG:
            case CHn_AL3_WRITE_ADDR:
                return this.writeAddr;
            case CHn_TRANS_COUNT:
            case CHn_AL1_TRANS_COUNT_TRIG:
            case CHn_AL2_TRANS_COUNT:
            case CHn_AL3_TRANS_COUNT:
                return this.transCount;
            case CHn_CTRL_TRIG:
            case CHn_AL1_CTRL:
            case CHn_AL2_CTRL:
            case CHn_AL3_CTRL:
                return this.ctrl;
            case CHn_DBG_CTDREQ:
                return this.dreqCounter;
            case CHn_DBG_TCR:
                return this.transCountReload;
        }
        return 0;
    }
    writeUint32(offset, value) {
        switch (offset) {
            case CHn_READ_ADDR:
            case CHn_AL1_READ_ADDR:
            case CHn_AL2_READ_ADDR:
            case CHn_AL3_READ_ADDR_TRIG:
                this.readAddr = value;
                break;
            case CHn_WRITE_ADDR:
            case CHn_AL1_WRITE_ADDR:
            case CHn_AL2_WRITE_ADDR_TRIG:
            case CHn_AL3_WRITE_ADDR:
                this.writeAddr = value;
                break;
            case CHn_TRANS_COUNT:
            case CHn_AL1_TRANS_COUNT_TRIG:
            case CHn_AL2_TRANS_COUNT:
            case CHn_AL3_TRANS_COUNT:
                this.transCountReload = value;
                break;
            case CHn_CTRL_TRIG:
            case CHn_AL1_CTRL:
            case CHn_AL2_CTRL:
            case CHn_AL3_CTRL: {
                this.ctrl = (this.ctrl & ~CHn_CTRL_TRIG_WRITE_MASK) | (value & CHn_CTRL_TRIG_WRITE_MASK);
                this.ctrl &= ~(value & CHn_CTRL_TRIG_WC_MASK); // Handle write-clear (WC) bits
                this.treqValue = (this.ctrl >> TREQ_SEL_SHIFT) & TREQ_SEL_MASK;
                this.chainTo = (this.ctrl >> CHAIN_TO_SHIFT) & CHAIN_TO_MASK;
                const ringSize = (this.ctrl >> RING_SIZE_SHIFT) & RING_SIZE_MASK;
                this.ringMask = ringSize ? (1 << ringSize) - 1 : 0;
                switch ((this.ctrl >> DATA_SIZE_SHIFT) & DATA_SIZE_MASK) {
                    case 1:
                        this.dataSize = 2;
                        this.transferFn = this.ctrl & BSWAP ? this.transferSwap16 : this.transfer16;
                        break;
                    case 2:
                        this.dataSize = 4;
                        this.transferFn = this.ctrl & BSWAP ? this.transferSwap32 : this.transfer32;
                        break;
                    case 0:
                    default:
                        this.transferFn = this.transfer8;
                        this.dataSize = 1;
                }
                if (this.ctrl & EN && this.ctrl & BUSY) {
                    this.scheduleTransfer();
                }
                if (!(this.ctrl & EN)) {
                    this.transferAlarm.cancel();
                }
                break;
            }
            case CHn_DBG_CTDREQ:
                this.dreqCounter = 0;
                break;
        }
        if (offset === CHn_AL3_READ_ADDR_TRIG ||
            offset === CHn_AL2_WRITE_ADDR_TRIG ||
            offset === CHn_AL1_TRANS_COUNT_TRIG ||
            offset === CHn_CTRL_TRIG) {
            if (value) {
                this.start();
            }
            else if (this.ctrl & IRQ_QUIET) {
                // Null trigger interrupts
                this.dma.intRaw |= 1 << this.index;
                this.dma.checkInterrupts();
            }
        }
    }
    reset() {
        this.writeUint32(CHn_CTRL_TRIG, this.index << CHAIN_TO_SHIFT);
    }
}
class RPDMA extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.channels = [
            new RPDMAChannel(this, this.rp2040, 0),
            new RPDMAChannel(this, this.rp2040, 1),
            new RPDMAChannel(this, this.rp2040, 2),
            new RPDMAChannel(this, this.rp2040, 3),
            new RPDMAChannel(this, this.rp2040, 4),
            new RPDMAChannel(this, this.rp2040, 5),
            new RPDMAChannel(this, this.rp2040, 6),
            new RPDMAChannel(this, this.rp2040, 7),
            new RPDMAChannel(this, this.rp2040, 8),
            new RPDMAChannel(this, this.rp2040, 9),
            new RPDMAChannel(this, this.rp2040, 10),
            new RPDMAChannel(this, this.rp2040, 11),
        ];
        this.intRaw = 0;
        this.intEnable0 = 0;
        this.intForce0 = 0;
        this.intEnable1 = 0;
        this.intForce1 = 0;
        this.timer0 = 0;
        this.timer1 = 0;
        this.timer2 = 0;
        this.timer3 = 0;
        this.dreq = Array(DREQChannel.DREQ_MAX);
    }
    get intStatus0() {
        return (this.intRaw & this.intEnable0) | this.intForce0;
    }
    get intStatus1() {
        return (this.intRaw & this.intEnable1) | this.intForce1;
    }
    readUint32(offset) {
        if ((offset & 0x7ff) < CHANNEL_REGISTERS_SIZE) {
            const channelIndex = (offset & 0x7ff) >> 6;
            return this.channels[channelIndex].readUint32(offset & CHANNEL_REGISTERS_MASK);
        }
        switch (offset) {
            case TIMER0:
                return this.timer0;
            case TIMER1:
                return this.timer1;
            case TIMER2:
                return this.timer2;
            case TIMER3:
                return this.timer3;
            case INTR:
                return this.intRaw;
            case INTE0:
                return this.intEnable0;
            case INTF0:
                return this.intForce0;
            case INTS0:
                return this.intStatus0;
            case INTE1:
                return this.intEnable1;
            case INTF1:
                return this.intForce1;
            case INTS1:
                return this.intStatus1;
            case N_CHANNELS:
                return this.channels.length;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        if ((offset & 0x7ff) < CHANNEL_REGISTERS_SIZE) {
            const channelIndex = (offset & 0x7ff) >> 6;
            this.channels[channelIndex].writeUint32(offset & CHANNEL_REGISTERS_MASK, value);
            return;
        }
        switch (offset) {
            case TIMER0:
                this.timer0 = value;
                return;
            case TIMER1:
                this.timer1 = value;
                return;
            case TIMER2:
                this.timer2 = value;
                return;
            case TIMER3:
                this.timer3 = value;
                return;
            case INTR:
            case INTS0:
            case INTS1:
                this.intRaw &= ~this.rawWriteValue;
                this.checkInterrupts();
                return;
            case INTE0:
                this.intEnable0 = value & 0xffff;
                this.checkInterrupts();
                return;
            case INTF0:
                this.intForce0 = value & 0xffff;
                this.checkInterrupts();
                return;
            case INTE1:
                this.intEnable1 = value & 0xffff;
                this.checkInterrupts();
                return;
            case INTF1:
                this.intForce1 = value & 0xffff;
                this.checkInterrupts();
                return;
            case MULTI_CHAN_TRIGGER:
                for (const chan of this.channels) {
                    if (value & (1 << chan.index)) {
                        chan.start();
                    }
                }
                return;
            case CHAN_ABORT:
                for (const chan of this.channels) {
                    if (value & (1 << chan.index)) {
                        chan.abort();
                    }
                }
                return;
            default:
                super.writeUint32(offset, value);
        }
    }
    setDREQ(dreqChannel) {
        const { dreq } = this;
        if (!dreq[dreqChannel]) {
            dreq[dreqChannel] = true;
            for (const channel of this.channels) {
                if (channel.treq === dreqChannel && channel.active) {
                    channel.scheduleTransfer();
                }
            }
        }
    }
    clearDREQ(dreqChannel) {
        this.dreq[dreqChannel] = false;
    }
    /**
     * Returns the number of microseconds for a cycle of the given DMA timer, or 0 if the timer is disabled.
     */
    getTimer(treq) {
        let dividend = 0, divisor = 1;
        switch (treq) {
            case TREQ.Permanent:
                dividend = 1;
                divisor = 1;
                break;
            case TREQ.Timer0:
                dividend = this.timer0 >>> 16;
                divisor = this.timer0 & 0xffff;
                break;
            case TREQ.Timer1:
                dividend = this.timer1 >>> 16;
                divisor = this.timer1 & 0xffff;
                break;
            case TREQ.Timer2:
                dividend = this.timer2 >>> 16;
                divisor = this.timer2 & 0xffff;
                break;
            case TREQ.Timer3:
                dividend = this.timer3 >>> 36;
                divisor = this.timer3 & 0xffff;
                break;
        }
        if (divisor === 0) {
            return 0;
        }
        return ((dividend / divisor) * 1e6) / this.rp2040.clkSys;
    }
    checkInterrupts() {
        this.rp2040.setInterrupt(IRQ.DMA_IRQ0, !!this.intStatus0);
        this.rp2040.setInterrupt(IRQ.DMA_IRQ1, !!this.intStatus1);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/pio.js



// Generic registers
const CTRL = 0x000;
const FSTAT = 0x004;
const FDEBUG = 0x008;
const FLEVEL = 0x00c;
const pio_IRQ = 0x030;
const IRQ_FORCE = 0x034;
const INPUT_SYNC_BYPASS = 0x038;
const DBG_PADOUT = 0x03c;
const DBG_PADOE = 0x040;
const DBG_CFGINFO = 0x044;
const INSTR_MEM0 = 0x48;
const INSTR_MEM31 = 0x0c4;
const pio_INTR = 0x128; // Raw Interrupts
const IRQ0_INTE = 0x12c; // Interrupt Enable for irq0
const IRQ0_INTF = 0x130; // Interrupt Force for irq0
const IRQ0_INTS = 0x134; // Interrupt status after masking & forcing for irq0
const IRQ1_INTE = 0x138; // Interrupt Enable for irq1
const IRQ1_INTF = 0x13c; // Interrupt Force for irq1
const IRQ1_INTS = 0x140; // Interrupt status after masking & forcing for irq1
// State-machine specific registers
const TXF0 = 0x010;
const TXF1 = 0x014;
const TXF2 = 0x018;
const TXF3 = 0x01c;
const RXF0 = 0x020;
const RXF1 = 0x024;
const RXF2 = 0x028;
const RXF3 = 0x02c;
const SM0_CLKDIV = 0x0c8; // Clock divisor register for state machine 0
const SM0_EXECCTRL = 0x0cc; // Execution/behavioural settings for state machine 0
const SM0_SHIFTCTRL = 0x0d0; // Control behaviour of the input/output shift registers for state machine 0
const SM0_ADDR = 0x0d4; // Current instruction address of state machine 0
const SM0_INSTR = 0x0d8; // Write to execute an instruction immediately (including jumps) and then resume execution.
const SM0_PINCTRL = 0x0dc; //State machine pin control
const SM1_CLKDIV = 0x0e0;
const SM1_PINCTRL = 0x0f4;
const SM2_CLKDIV = 0x0f8;
const SM2_PINCTRL = 0x10c;
const SM3_CLKDIV = 0x110;
const SM3_PINCTRL = 0x124;
// FSTAT bits
const FSTAT_TXEMPTY = 1 << 24;
const FSTAT_TXFULL = 1 << 16;
const FSTAT_RXEMPTY = 1 << 8;
const FSTAT_RXFULL = 1 << 0;
// FDEBUG bits
const FDEBUG_TXSTALL = 1 << 24;
const FDEBUG_TXOVER = 1 << 16;
const FDEBUG_RXUNDER = 1 << 8;
const FDEBUG_RXSTALL = 1 << 0;
// SHIFTCTRL bits
const SHIFTCTRL_AUTOPUSH = 1 << 16;
const SHIFTCTRL_AUTOPULL = 1 << 17;
const SHIFTCTRL_IN_SHIFTDIR = 1 << 18; // 1 = shift input shift register to right (data enters from left). 0 = to left
const SHIFTCTRL_OUT_SHIFTDIR = 1 << 19; // 1 = shift out of output shift register to right. 0 = to left
// EXECCTRL bits
const EXECCTRL_STATUS_SEL = 1 << 4;
const EXECCTRL_SIDE_PINDIR = 1 << 29;
const EXECCTRL_SIDE_EN = 1 << 30;
const EXECCTRL_EXEC_STALLED = 1 << 31;
var WaitType;
(function (WaitType) {
    WaitType[WaitType["None"] = 0] = "None";
    WaitType[WaitType["Pin"] = 1] = "Pin";
    WaitType[WaitType["rxFIFO"] = 2] = "rxFIFO";
    WaitType[WaitType["txFIFO"] = 3] = "txFIFO";
    WaitType[WaitType["IRQ"] = 4] = "IRQ";
    WaitType[WaitType["Out"] = 5] = "Out";
})(WaitType || (WaitType = {}));
function bitReverse(x) {
    x = ((x & 0x55555555) << 1) | ((x & 0xaaaaaaaa) >>> 1);
    x = ((x & 0x33333333) << 2) | ((x & 0xcccccccc) >>> 2);
    x = ((x & 0x0f0f0f0f) << 4) | ((x & 0xf0f0f0f0) >>> 4);
    x = ((x & 0x00ff00ff) << 8) | ((x & 0xff00ff00) >>> 8);
    x = ((x & 0x0000ffff) << 16) | ((x & 0xffff0000) >>> 16);
    return x >>> 0;
}
function irqIndex(irq, machineIndex) {
    const rel = !!(irq & 0x10);
    return rel ? (irq & 0x4) | (((irq & 0x3) + machineIndex) & 0x3) : irq & 0x7;
}
const dreqRx0 = [
    DREQChannel.DREQ_PIO0_RX0,
    DREQChannel.DREQ_PIO0_RX1,
    DREQChannel.DREQ_PIO0_RX2,
    DREQChannel.DREQ_PIO0_RX3,
];
const dreqTx0 = [
    DREQChannel.DREQ_PIO0_TX0,
    DREQChannel.DREQ_PIO0_TX1,
    DREQChannel.DREQ_PIO0_TX2,
    DREQChannel.DREQ_PIO0_TX3,
];
const dreqRx1 = [
    DREQChannel.DREQ_PIO1_RX0,
    DREQChannel.DREQ_PIO1_RX1,
    DREQChannel.DREQ_PIO1_RX2,
    DREQChannel.DREQ_PIO1_RX3,
];
const dreqTx1 = [
    DREQChannel.DREQ_PIO1_TX0,
    DREQChannel.DREQ_PIO1_TX1,
    DREQChannel.DREQ_PIO1_TX2,
    DREQChannel.DREQ_PIO1_TX3,
];
class StateMachine {
    constructor(rp2040, pio, index) {
        this.rp2040 = rp2040;
        this.pio = pio;
        this.index = index;
        this.enabled = false;
        // State machine registers
        this.x = 0;
        this.y = 0;
        this.pc = 0;
        this.inputShiftReg = 0;
        this.inputShiftCount = 0;
        this.outputShiftReg = 0;
        this.outputShiftCount = 0;
        this.cycles = 0;
        this.execOpcode = 0;
        this.execValid = false;
        this.updatePC = true;
        this.clockDivInt = 1;
        this.clockDivFrac = 0;
        this.execCtrl = 0x1f << 12;
        this.shiftCtrl = 0b11 << 18;
        this.pinCtrl = 0x5 << 26;
        this.rxFIFO = new fifo_FIFO(4);
        this.txFIFO = new fifo_FIFO(4);
        this.outPinValues = 0;
        this.outPinDirection = 0;
        this.waiting = false;
        this.waitType = WaitType.None;
        this.waitIndex = 0;
        this.waitPolarity = false;
        this.waitDelay = -1;
        this.dreqRx = this.pio.dreqRx[this.index];
        this.dreqTx = this.pio.dreqTx[this.index];
        this.updateDMARx();
        this.updateDMATx();
    }
    updateDMATx() {
        if (this.txFIFO.full) {
            this.rp2040.dma.clearDREQ(this.dreqTx);
        }
        else {
            this.rp2040.dma.setDREQ(this.dreqTx);
        }
    }
    updateDMARx() {
        if (this.rxFIFO.empty) {
            this.rp2040.dma.clearDREQ(this.dreqRx);
        }
        else {
            this.rp2040.dma.setDREQ(this.dreqRx);
        }
    }
    writeFIFO(value) {
        if (this.txFIFO.full) {
            this.pio.fdebug |= FDEBUG_TXOVER << this.index;
            return;
        }
        this.txFIFO.push(value);
        this.pio.txStall &= ~(FDEBUG_TXSTALL << this.index);
        this.updateDMATx();
        this.checkWait();
        if (this.txFIFO.full) {
            this.pio.checkInterrupts();
        }
    }
    readFIFO() {
        if (this.rxFIFO.empty) {
            this.pio.fdebug |= FDEBUG_RXUNDER << this.index;
            return 0;
        }
        const result = this.rxFIFO.pull();
        this.pio.rxStall &= ~(FDEBUG_RXSTALL << this.index);
        this.updateDMARx();
        this.checkWait();
        if (this.rxFIFO.empty) {
            this.pio.checkInterrupts();
        }
        return result;
    }
    get status() {
        const statusN = this.execCtrl & 0xf;
        if (this.execCtrl & EXECCTRL_STATUS_SEL) {
            return this.rxFIFO.itemCount < statusN ? 0xffffffff : 0;
        }
        else {
            return this.txFIFO.itemCount < statusN ? 0xffffffff : 0;
        }
    }
    jmpCondition(condition) {
        switch (condition) {
            // (no condition): Always
            case 0b000:
                return true;
            // !X: scratch X zero
            case 0b001:
                return this.x === 0;
            // X--: scratch X non-zero, post-decrement
            case 0b010: {
                const oldX = this.x;
                this.x = (this.x - 1) >>> 0;
                return oldX !== 0;
            }
            // !Y: scratch Y zero
            case 0b011:
                return this.y === 0;
            // Y--: scratch Y non-zero, post-decrement
            case 0b100: {
                const oldY = this.y;
                this.y = (this.y - 1) >>> 0;
                return oldY !== 0;
            }
            // X!=Y: scratch X not equal scratch Y
            case 0b101:
                return this.x >>> 0 !== this.y >>> 0;
            // PIN: branch on input pin
            case 0b110: {
                const { gpio } = this.rp2040;
                const { jmpPin } = this;
                return jmpPin < gpio.length ? gpio[jmpPin].inputValue : false;
            }
            // !OSRE: output shift register not empty
            case 0b111:
                return this.outputShiftCount < this.pullThreshold;
        }
        this.pio.error(`jmpCondition with unsupported condition: ${condition}`);
        return false;
    }
    get inPins() {
        const { gpioValues } = this.rp2040;
        const { inBase } = this;
        return inBase ? (gpioValues << (32 - inBase)) | (gpioValues >>> inBase) : gpioValues;
    }
    inSourceValue(source) {
        switch (source) {
            // PINS
            case 0b000:
                return this.inPins;
            // X (scratch register X)
            case 0b001:
                return this.x;
            // Y (scratch register Y)
            case 0b010:
                return this.y;
            // NULL (all zeroes)
            case 0b011:
                return 0;
            // Reserved
            case 0b100:
                return 0;
            // Reserved for IN, STATUS for MOV
            case 0b101:
                return this.status;
            // ISR
            case 0b110:
                return this.inputShiftReg;
            // OSR
            case 0b111:
                return this.outputShiftReg;
        }
        this.pio.error(`inSourceValue with unsupported source: ${source}`);
        return 0;
    }
    writeOutValue(destination, value, bitCount) {
        switch (destination) {
            // PINS
            case 0b000:
                this.setOutPins(value);
                break;
            // X (scratch register X)
            case 0b001:
                this.x = value;
                break;
            // Y (scratch register Y)
            case 0b010:
                this.y = value;
                break;
            // NULL (discard data)
            case 0b011:
                break;
            // PINDIRS
            case 0b100:
                this.setOutPinDirs(value);
                break;
            // PC
            case 0b101:
                this.pc = value & 0x1f;
                this.updatePC = false;
                break;
            // ISR (also sets ISR shift counter to Bit count)
            case 0b110:
                this.inputShiftReg = value;
                this.inputShiftCount = bitCount;
                break;
            // EXEC (Execute OSR shift data as instruction)
            case 0b111:
                this.execOpcode = value;
                this.execValid = true;
                break;
        }
    }
    get pushThreshold() {
        const value = (this.shiftCtrl >> 20) & 0x1f;
        return value ? value : 32;
    }
    get pullThreshold() {
        const value = (this.shiftCtrl >> 25) & 0x1f;
        return value ? value : 32;
    }
    get sidesetCount() {
        return (this.pinCtrl >> 29) & 0x7;
    }
    get setCount() {
        return (this.pinCtrl >> 26) & 0x7;
    }
    get outCount() {
        return (this.pinCtrl >> 20) & 0x3f;
    }
    get inBase() {
        return (this.pinCtrl >> 15) & 0x1f;
    }
    get sidesetBase() {
        return (this.pinCtrl >> 10) & 0x1f;
    }
    get setBase() {
        return (this.pinCtrl >> 5) & 0x1f;
    }
    get outBase() {
        return (this.pinCtrl >> 0) & 0x1f;
    }
    get jmpPin() {
        return (this.execCtrl >> 24) & 0x1f;
    }
    get wrapTop() {
        return (this.execCtrl >> 12) & 0x1f;
    }
    get wrapBottom() {
        return (this.execCtrl >> 7) & 0x1f;
    }
    setOutPinDirs(value) {
        this.outPinDirection = value;
        this.pio.pinDirectionsChanged(value, this.outBase, this.outCount);
    }
    setOutPins(value) {
        this.outPinValues = value;
        this.pio.pinValuesChanged(value, this.outBase, this.outCount);
    }
    outInstruction(arg) {
        const bitCount = arg & 0x1f;
        const destination = arg >> 5;
        if (bitCount === 0) {
            this.writeOutValue(destination, this.outputShiftReg, 32);
            this.outputShiftCount = 32;
        }
        else {
            if (this.shiftCtrl & SHIFTCTRL_OUT_SHIFTDIR) {
                const value = this.outputShiftReg & ((1 << bitCount) - 1);
                this.outputShiftReg >>>= bitCount;
                this.writeOutValue(destination, value, bitCount);
            }
            else {
                const value = this.outputShiftReg >>> (32 - bitCount);
                this.outputShiftReg <<= bitCount;
                this.writeOutValue(destination, value, bitCount);
            }
            this.outputShiftCount += bitCount;
            if (this.outputShiftCount > 32) {
                this.outputShiftCount = 32;
            }
        }
    }
    executeInstruction(opcode) {
        const arg = opcode & 0xff;
        switch (opcode >>> 13) {
            /* JMP */
            case 0b000:
                if (this.jmpCondition(arg >> 5)) {
                    this.pc = arg & 0x1f;
                    this.updatePC = false;
                }
                break;
            /* WAIT */
            case 0b001: {
                const polarity = !!(arg & 0x80);
                const source = (arg >> 5) & 0x3;
                const index = arg & 0x1f;
                switch (source) {
                    // GPIO:
                    case 0b00:
                        this.wait(WaitType.Pin, polarity, index);
                        break;
                    // PIN:
                    case 0b01:
                        this.wait(WaitType.Pin, polarity, (index + this.inBase) % 32);
                        break;
                    // IRQ:
                    case 0b10:
                        this.wait(WaitType.IRQ, polarity, irqIndex(index, this.index));
                        break;
                }
                break;
            }
            /* IN */
            case 0b010: {
                const bitCount = arg & 0x1f;
                let sourceValue = this.inSourceValue(arg >> 5);
                if (bitCount == 0) {
                    this.inputShiftReg = sourceValue;
                    this.inputShiftCount = 32;
                }
                else {
                    sourceValue &= (1 << bitCount) - 1;
                    if (this.shiftCtrl & SHIFTCTRL_IN_SHIFTDIR) {
                        this.inputShiftReg >>>= bitCount;
                        this.inputShiftReg |= sourceValue << (32 - bitCount);
                    }
                    else {
                        this.inputShiftReg <<= bitCount;
                        this.inputShiftReg |= sourceValue;
                    }
                    this.inputShiftCount += bitCount;
                    if (this.inputShiftCount > 32) {
                        this.inputShiftCount = 32;
                    }
                }
                if (this.shiftCtrl & SHIFTCTRL_AUTOPUSH && this.inputShiftCount >= this.pushThreshold) {
                    if (!this.rxFIFO.full) {
                        this.rxFIFO.push(this.inputShiftReg);
                        this.updateDMARx();
                        this.pio.checkInterrupts();
                    }
                    else {
                        this.pio.rxStall |= FDEBUG_RXSTALL << this.index;
                        this.pio.fdebug |= this.pio.rxStall;
                        this.wait(WaitType.rxFIFO, false, this.inputShiftReg);
                    }
                    this.inputShiftCount = 0;
                    this.inputShiftReg = 0;
                }
                break;
            }
            /* OUT */
            case 0b011: {
                if (this.shiftCtrl & SHIFTCTRL_AUTOPULL && this.outputShiftCount >= this.pullThreshold) {
                    this.outputShiftCount = 0;
                    if (!this.txFIFO.empty) {
                        this.outputShiftReg = this.txFIFO.pull();
                        this.updateDMATx();
                        this.pio.checkInterrupts();
                    }
                    else {
                        this.pio.txStall |= FDEBUG_TXSTALL << this.index;
                        this.pio.fdebug |= this.pio.txStall;
                        this.wait(WaitType.Out, false, arg);
                    }
                }
                if (!this.waiting) {
                    this.outInstruction(arg);
                }
                break;
            }
            /* PUSH/PULL */
            case 0b100: {
                const block = !!(arg & (1 << 5));
                const ifFullOrEmpty = !!(arg & (1 << 6));
                if (arg & 0x1f) {
                    // Unknown instruction
                    break;
                }
                if (arg & 0x80) {
                    // PULL
                    if (ifFullOrEmpty &&
                        this.shiftCtrl & SHIFTCTRL_AUTOPULL &&
                        this.outputShiftCount < this.pullThreshold) {
                        break;
                    }
                    if (!this.txFIFO.empty) {
                        this.outputShiftReg = this.txFIFO.pull();
                        this.updateDMATx();
                        this.pio.checkInterrupts();
                    }
                    else {
                        this.pio.txStall |= FDEBUG_TXSTALL << this.index;
                        this.pio.fdebug |= this.pio.txStall;
                        if (block) {
                            this.wait(WaitType.txFIFO, false, 0);
                        }
                        else {
                            this.outputShiftReg = this.x;
                        }
                    }
                    this.outputShiftCount = 0;
                }
                else {
                    // PUSH
                    if (ifFullOrEmpty &&
                        this.shiftCtrl & SHIFTCTRL_AUTOPUSH &&
                        this.inputShiftCount < this.pushThreshold) {
                        break;
                    }
                    if (!this.rxFIFO.full) {
                        this.rxFIFO.push(this.inputShiftReg);
                        this.updateDMARx();
                        this.pio.checkInterrupts();
                    }
                    else {
                        this.pio.rxStall |= FDEBUG_RXSTALL << this.index;
                        this.pio.fdebug |= this.pio.rxStall;
                        if (block) {
                            this.wait(WaitType.rxFIFO, false, this.inputShiftReg);
                        }
                    }
                    this.inputShiftReg = 0;
                    this.inputShiftCount = 0;
                }
                break;
            }
            /* MOV */
            case 0b101: {
                const source = arg & 0x7;
                const op = (arg >> 3) & 0x3;
                const destination = (arg >> 5) & 0x7;
                const value = this.inSourceValue(source);
                const transformedValue = this.transformMovValue(value, op) >>> 0;
                this.setMovDestination(destination, transformedValue);
                break;
            }
            /* IRQ */
            case 0b110: {
                if (arg & 0x80) {
                    // Unknown instruction
                    break;
                }
                const clear = !!(arg & 0x40);
                const wait = !!(arg & 0x20);
                const irq = irqIndex(arg & 0x1f, this.index);
                if (clear) {
                    this.pio.irq &= ~(1 << irq);
                    this.pio.irqUpdated();
                }
                else {
                    this.pio.irq |= 1 << irq;
                    this.pio.irqUpdated();
                    if (wait) {
                        this.wait(WaitType.IRQ, false, irq);
                    }
                }
                break;
            }
            /* SET */
            case 0b111: {
                const data = arg & 0x1f;
                const destination = arg >> 5;
                switch (destination) {
                    case 0b000:
                        this.setSetPins(data);
                        break;
                    case 0b001:
                        this.x = data;
                        break;
                    case 0b010:
                        this.y = data;
                        break;
                    case 0b100:
                        this.setSetPinDirs(data);
                        break;
                }
                break;
            }
        }
        this.cycles++;
        const { sidesetCount, execCtrl } = this;
        const delaySideset = (opcode >> 8) & 0x1f;
        const sideEn = !!(execCtrl & EXECCTRL_SIDE_EN);
        const delay = delaySideset & ((1 << (5 - sidesetCount)) - 1);
        if (sidesetCount && (!sideEn || delaySideset & 0x10)) {
            const sideset = delaySideset >> (5 - sidesetCount);
            this.setSideset(sideset, sideEn ? sidesetCount - 1 : sidesetCount);
        }
        if (this.execValid) {
            this.execValid = false;
            this.executeInstruction(this.execOpcode);
        }
        else if (this.waiting) {
            if (this.waitDelay < 0) {
                this.waitDelay = delay;
            }
            this.checkWait();
        }
        else {
            this.cycles += delay;
        }
    }
    wait(type, polarity, index) {
        this.waiting = true;
        this.waitType = type;
        this.waitPolarity = polarity;
        this.waitIndex = index;
        this.waitDelay = -1;
        this.updatePC = false;
    }
    nextPC() {
        if (this.pc === this.wrapTop) {
            this.pc = this.wrapBottom;
        }
        else {
            this.pc = (this.pc + 1) & 0x1f;
        }
    }
    step() {
        if (this.waiting) {
            this.checkWait();
            if (this.waiting) {
                return;
            }
        }
        this.updatePC = true;
        this.executeInstruction(this.pio.instructions[this.pc]);
        if (this.updatePC) {
            this.nextPC();
        }
    }
    setSetPinDirs(value) {
        this.pio.pinDirectionsChanged(value, this.setBase, this.setCount);
    }
    setSetPins(value) {
        this.pio.pinValuesChanged(value, this.setBase, this.setCount);
    }
    setSideset(value, count) {
        if (this.execCtrl & EXECCTRL_SIDE_PINDIR) {
            this.pio.pinDirectionsChanged(value, this.sidesetBase, count);
        }
        else {
            this.pio.pinValuesChanged(value, this.sidesetBase, count);
        }
    }
    transformMovValue(value, op) {
        switch (op) {
            case 0b00:
                return value;
            case 0b01:
                return ~value;
            case 0b10:
                return bitReverse(value);
            case 0b11:
            default:
                return value; // reserved
        }
    }
    setMovDestination(destination, value) {
        switch (destination) {
            // PINS
            case 0b000:
                this.setOutPins(value);
                break;
            // X (scratch register X)
            case 0b001:
                this.x = value;
                break;
            // Y (scratch register Y)
            case 0b010:
                this.y = value;
                break;
            // reserved (discard data)
            case 0b011:
                break;
            // EXEC
            case 0b100:
                this.execOpcode = value;
                this.execValid = true;
                break;
            // PC
            case 0b101:
                this.pc = value & 0x1f;
                this.updatePC = false;
                break;
            // ISR (Input shift counter is reset to 0 by this operation, i.e. empty)
            case 0b110:
                this.inputShiftReg = value;
                this.inputShiftCount = 0;
                break;
            // OSR (Output shift counter is reset to 0 by this operation, i.e. full)
            case 0b111:
                this.outputShiftReg = value;
                this.outputShiftCount = 0;
                break;
        }
    }
    readUint32(offset) {
        switch (offset + SM0_CLKDIV) {
            case SM0_CLKDIV:
                return (this.clockDivInt << 16) | (this.clockDivFrac << 8);
            case SM0_EXECCTRL:
                return this.execCtrl;
            case SM0_SHIFTCTRL:
                return this.shiftCtrl;
            case SM0_ADDR:
                return this.pc;
            case SM0_INSTR:
                return this.pio.instructions[this.pc];
            case SM0_PINCTRL:
                return this.pinCtrl;
        }
        this.pio.error(`Read from invalid state machine register: ${offset}`);
        return 0;
    }
    writeUint32(offset, value) {
        switch (offset + SM0_CLKDIV) {
            case SM0_CLKDIV:
                this.clockDivFrac = (value >>> 8) & 0xff;
                this.clockDivInt = value >>> 16;
                break;
            case SM0_EXECCTRL:
                this.execCtrl = ((value & 0x7fffffff) | (this.execCtrl & 0x80000000)) >>> 0;
                break;
            case SM0_SHIFTCTRL:
                this.shiftCtrl = value;
                break;
            case SM0_ADDR:
                /* read-only */
                break;
            case SM0_INSTR:
                this.executeInstruction(value & 0xffff);
                if (this.waiting) {
                    this.execCtrl |= EXECCTRL_EXEC_STALLED;
                }
                break;
            case SM0_PINCTRL:
                this.pinCtrl = value;
                break;
            default:
                this.pio.error(`Write to invalid state machine register: ${offset}`);
        }
    }
    get fifoStat() {
        const result = (this.txFIFO.empty ? FSTAT_TXEMPTY : 0) |
            (this.txFIFO.full ? FSTAT_TXFULL : 0) |
            (this.rxFIFO.empty ? FSTAT_RXEMPTY : 0) |
            (this.rxFIFO.full ? FSTAT_RXFULL : 0);
        return result << this.index;
    }
    restart() {
        this.cycles = 0;
        this.inputShiftCount = 0;
        this.outputShiftCount = 32;
        this.inputShiftReg = 0;
        this.waiting = false;
        // TODO any pin write left asserted due to OUT_STICKY.
    }
    clkDivRestart() {
        this.pio.warn('clkDivRestart not implemented');
    }
    checkWait() {
        if (!this.waiting) {
            return;
        }
        switch (this.waitType) {
            case WaitType.IRQ: {
                const irqValue = !!(this.pio.irq & (1 << this.waitIndex));
                if (irqValue === this.waitPolarity) {
                    this.waiting = false;
                    if (irqValue) {
                        this.pio.irq &= ~(1 << this.waitIndex);
                    }
                }
                break;
            }
            case WaitType.Pin: {
                if (this.waitIndex < this.rp2040.gpio.length &&
                    this.rp2040.gpio[this.waitIndex].inputValue === this.waitPolarity) {
                    this.waiting = false;
                }
                break;
            }
            case WaitType.rxFIFO: {
                if (!this.rxFIFO.full) {
                    this.rxFIFO.push(this.waitIndex);
                    this.waiting = false;
                    this.updateDMARx();
                    this.pio.checkInterrupts();
                }
                break;
            }
            case WaitType.txFIFO: {
                if (!this.txFIFO.empty) {
                    this.outputShiftReg = this.txFIFO.pull();
                    this.waiting = false;
                    this.updateDMATx();
                    this.pio.checkInterrupts();
                }
                break;
            }
            case WaitType.Out: {
                if (!this.txFIFO.empty) {
                    this.outputShiftReg = this.txFIFO.pull();
                    this.outInstruction(this.waitIndex);
                    this.waiting = false;
                    this.updateDMATx();
                    this.pio.checkInterrupts();
                }
                break;
            }
        }
        if (!this.waiting) {
            this.nextPC();
            this.cycles += this.waitDelay;
            this.execCtrl &= ~EXECCTRL_EXEC_STALLED;
        }
    }
}
class RPPIO extends BasePeripheral {
    constructor(rp2040, name, firstIrq, index) {
        super(rp2040, name);
        this.firstIrq = firstIrq;
        this.index = index;
        this.instructions = new Uint32Array(32);
        this.dreqRx = this.index ? dreqRx1 : dreqRx0;
        this.dreqTx = this.index ? dreqTx1 : dreqTx0;
        this.machines = [
            new StateMachine(this.rp2040, this, 0),
            new StateMachine(this.rp2040, this, 1),
            new StateMachine(this.rp2040, this, 2),
            new StateMachine(this.rp2040, this, 3),
        ];
        this.stopped = true;
        this.fdebug = 0;
        this.txStall = 0;
        this.rxStall = 0;
        this.inputSyncBypass = 0;
        this.irq = 0;
        this.pinValues = 0;
        this.pinDirections = 0;
        this.oldPinValues = 0;
        this.oldPinDirections = 0;
        this.runTimer = null;
        this.irq0IntEnable = 0;
        this.irq0IntForce = 0;
        this.irq1IntEnable = 0;
        this.irq1IntForce = 0;
    }
    get intRaw() {
        return (((this.irq & 0xf) << 8) |
            (!this.machines[3].txFIFO.full ? 0x80 : 0) |
            (!this.machines[2].txFIFO.full ? 0x40 : 0) |
            (!this.machines[1].txFIFO.full ? 0x20 : 0) |
            (!this.machines[0].txFIFO.full ? 0x10 : 0) |
            (!this.machines[3].rxFIFO.empty ? 0x08 : 0) |
            (!this.machines[2].rxFIFO.empty ? 0x04 : 0) |
            (!this.machines[1].rxFIFO.empty ? 0x02 : 0) |
            (!this.machines[0].rxFIFO.empty ? 0x01 : 0));
    }
    get irq0IntStatus() {
        return (this.intRaw & this.irq0IntEnable) | this.irq0IntForce;
    }
    get irq1IntStatus() {
        return (this.intRaw & this.irq1IntEnable) | this.irq1IntForce;
    }
    readUint32(offset) {
        if (offset >= SM0_CLKDIV && offset <= SM0_PINCTRL) {
            return this.machines[0].readUint32(offset - SM0_CLKDIV);
        }
        if (offset >= SM1_CLKDIV && offset <= SM1_PINCTRL) {
            return this.machines[1].readUint32(offset - SM1_CLKDIV);
        }
        if (offset >= SM2_CLKDIV && offset <= SM2_PINCTRL) {
            return this.machines[2].readUint32(offset - SM2_CLKDIV);
        }
        if (offset >= SM3_CLKDIV && offset <= SM3_PINCTRL) {
            return this.machines[3].readUint32(offset - SM3_CLKDIV);
        }
        switch (offset) {
            case CTRL:
                return ((this.machines[0].enabled ? 1 << 0 : 0) |
                    (this.machines[1].enabled ? 1 << 1 : 0) |
                    (this.machines[2].enabled ? 1 << 2 : 0) |
                    (this.machines[3].enabled ? 1 << 3 : 0));
            case FSTAT:
                return (this.machines[0].fifoStat |
                    this.machines[1].fifoStat |
                    this.machines[2].fifoStat |
                    this.machines[3].fifoStat);
            case FDEBUG:
                return this.fdebug;
            case FLEVEL:
                return ((this.machines[0].txFIFO.itemCount & 0xf) |
                    ((this.machines[0].rxFIFO.itemCount & 0xf) << 4) |
                    ((this.machines[1].txFIFO.itemCount & 0xf) << 8) |
                    ((this.machines[1].rxFIFO.itemCount & 0xf) << 12) |
                    ((this.machines[2].txFIFO.itemCount & 0xf) << 16) |
                    ((this.machines[2].rxFIFO.itemCount & 0xf) << 20) |
                    ((this.machines[3].txFIFO.itemCount & 0xf) << 24) |
                    ((this.machines[3].rxFIFO.itemCount & 0xf) << 28));
            case RXF0:
                return this.machines[0].readFIFO();
            case RXF1:
                return this.machines[1].readFIFO();
            case RXF2:
                return this.machines[2].readFIFO();
            case RXF3:
                return this.machines[3].readFIFO();
            case pio_IRQ:
                return this.irq;
            case IRQ_FORCE:
                return 0;
            case INPUT_SYNC_BYPASS:
                return this.inputSyncBypass;
            case DBG_PADOUT:
                return this.pinValues;
            case DBG_PADOE:
                return this.pinDirections;
            case DBG_CFGINFO:
                return 0x200404;
            case pio_INTR:
                return this.intRaw;
            case IRQ0_INTE:
                return this.irq0IntEnable;
            case IRQ0_INTF:
                return this.irq0IntForce;
            case IRQ0_INTS:
                return this.irq0IntStatus;
            case IRQ1_INTE:
                return this.irq1IntEnable;
            case IRQ1_INTF:
                return this.irq1IntForce;
            case IRQ1_INTS:
                return this.irq1IntStatus;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        if (offset >= INSTR_MEM0 && offset <= INSTR_MEM31) {
            const index = (offset - INSTR_MEM0) >> 2;
            this.instructions[index] = value & 0xffff;
            return;
        }
        if (offset >= SM0_CLKDIV && offset <= SM0_PINCTRL) {
            this.machines[0].writeUint32(offset - SM0_CLKDIV, value);
            return;
        }
        if (offset >= SM1_CLKDIV && offset <= SM1_PINCTRL) {
            this.machines[1].writeUint32(offset - SM1_CLKDIV, value);
            return;
        }
        if (offset >= SM2_CLKDIV && offset <= SM2_PINCTRL) {
            this.machines[2].writeUint32(offset - SM2_CLKDIV, value);
            return;
        }
        if (offset >= SM3_CLKDIV && offset <= SM3_PINCTRL) {
            this.machines[3].writeUint32(offset - SM3_CLKDIV, value);
            return;
        }
        switch (offset) {
            case CTRL: {
                for (let index = 0; index < 4; index++) {
                    this.machines[index].enabled = value & (1 << index) ? true : false;
                    if (value & (1 << (4 + index))) {
                        this.machines[index].restart();
                    }
                    if (value & (1 << (8 + index))) {
                        this.machines[index].clkDivRestart();
                    }
                }
                const shouldRun = value & 0xf;
                if (this.stopped && shouldRun) {
                    this.stopped = false;
                    this.run();
                }
                if (!shouldRun) {
                    this.stopped = true;
                }
                break;
            }
            case FDEBUG:
                this.fdebug &= ~this.rawWriteValue;
                this.fdebug |= this.txStall | this.rxStall;
                break;
            case TXF0:
                this.machines[0].writeFIFO(value);
                break;
            case TXF1:
                this.machines[1].writeFIFO(value);
                break;
            case TXF2:
                this.machines[2].writeFIFO(value);
                break;
            case TXF3:
                this.machines[3].writeFIFO(value);
                break;
            case pio_IRQ:
                this.irq &= ~this.rawWriteValue;
                this.irqUpdated();
                break;
            case INPUT_SYNC_BYPASS:
                this.inputSyncBypass = value;
                break;
            case IRQ_FORCE:
                this.irq |= value;
                this.irqUpdated();
                break;
            case IRQ0_INTE:
                this.irq0IntEnable = value & 0xfff;
                this.checkInterrupts();
                break;
            case IRQ0_INTF:
                this.irq0IntForce = value & 0xfff;
                this.checkInterrupts();
                break;
            case IRQ1_INTE:
                this.irq1IntEnable = value & 0xfff;
                this.checkInterrupts();
                break;
            case IRQ1_INTF:
                this.irq1IntForce = value & 0xfff;
                this.checkInterrupts();
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
    pinValuesChanged(value, firstPin, count) {
        // TODO: wrapping after pin 31
        const mask = count > 31 ? 0xffffffff : ((1 << count) - 1) << firstPin;
        const newValue = ((this.pinValues & ~mask) | ((value << firstPin) & mask)) & 0x3fffffff;
        this.pinValues = newValue;
    }
    pinDirectionsChanged(value, firstPin, count) {
        // TODO: wrapping after pin 31
        const mask = count > 31 ? 0xffffffff : ((1 << count) - 1) << firstPin;
        const newValue = ((this.pinDirections & ~mask) | ((value << firstPin) & mask)) & 0x3fffffff;
        this.pinDirections = newValue;
    }
    checkInterrupts() {
        const { firstIrq } = this;
        this.rp2040.setInterrupt(firstIrq, !!this.irq0IntStatus);
        this.rp2040.setInterrupt(firstIrq + 1, !!this.irq1IntStatus);
    }
    irqUpdated() {
        for (const machine of this.machines) {
            machine.checkWait();
        }
        this.checkInterrupts();
    }
    checkChangedPins() {
        const changedPins = (this.oldPinDirections ^ this.pinDirections) | (this.oldPinValues ^ this.pinValues);
        if (changedPins) {
            this.oldPinDirections = this.pinDirections;
            this.oldPinValues = this.pinValues;
            // Notify GPIO about the changed pins
            const { gpio } = this.rp2040;
            for (let gpioIndex = 0; gpioIndex < gpio.length; gpioIndex++) {
                if (changedPins & (1 << gpioIndex)) {
                    gpio[gpioIndex].checkForUpdates();
                }
            }
        }
    }
    step() {
        for (const machine of this.machines) {
            machine.step();
        }
        this.checkChangedPins();
    }
    run() {
        for (let i = 0; i < 1000 && !this.stopped; i++) {
            this.step();
        }
        if (!this.stopped) {
            this.runTimer = setTimeout(() => this.run(), 0);
        }
    }
    stop() {
        for (const machine of this.machines) {
            machine.enabled = false;
        }
        this.stopped = true;
        if (this.runTimer) {
            clearTimeout(this.runTimer);
            this.runTimer = null;
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/gpio-pin.js

var GPIOPinState;
(function (GPIOPinState) {
    GPIOPinState[GPIOPinState["Low"] = 0] = "Low";
    GPIOPinState[GPIOPinState["High"] = 1] = "High";
    GPIOPinState[GPIOPinState["Input"] = 2] = "Input";
    GPIOPinState[GPIOPinState["InputPullUp"] = 3] = "InputPullUp";
    GPIOPinState[GPIOPinState["InputPullDown"] = 4] = "InputPullDown";
    GPIOPinState[GPIOPinState["InputBusKeeper"] = 5] = "InputBusKeeper";
})(GPIOPinState || (GPIOPinState = {}));
const FUNCTION_PWM = 4;
const FUNCTION_SIO = 5;
const FUNCTION_PIO0 = 6;
const FUNCTION_PIO1 = 7;
function applyOverride(value, overrideType) {
    switch (overrideType) {
        case 0:
            return value;
        case 1:
            return !value;
        case 2:
            return false;
        case 3:
            return true;
    }
    console.error('applyOverride received invalid override type', overrideType);
    return value;
}
const IRQ_EDGE_HIGH = 1 << 3;
const IRQ_EDGE_LOW = 1 << 2;
const IRQ_LEVEL_HIGH = 1 << 1;
const IRQ_LEVEL_LOW = 1 << 0;
class GPIOPin {
    constructor(rp2040, index, name = index.toString()) {
        this.rp2040 = rp2040;
        this.index = index;
        this.name = name;
        this.rawInputValue = false;
        this.lastValue = this.value;
        this.ctrl = 0x1f;
        this.padValue = 0b0110110;
        this.irqEnableMask = 0;
        this.irqForceMask = 0;
        this.irqStatus = 0;
        this.listeners = new Set();
    }
    get rawInterrupt() {
        return !!((this.irqStatus & this.irqEnableMask) | this.irqForceMask);
    }
    get isSlewFast() {
        return !!(this.padValue & 1);
    }
    get schmittEnabled() {
        return !!(this.padValue & 2);
    }
    get pulldownEnabled() {
        return !!(this.padValue & 4);
    }
    get pullupEnabled() {
        return !!(this.padValue & 8);
    }
    get driveStrength() {
        return (this.padValue >> 4) & 0x3;
    }
    get inputEnable() {
        return !!(this.padValue & 0x40);
    }
    get outputDisable() {
        return !!(this.padValue & 0x80);
    }
    get functionSelect() {
        return this.ctrl & 0x1f;
    }
    get outputOverride() {
        return (this.ctrl >> 8) & 0x3;
    }
    get outputEnableOverride() {
        return (this.ctrl >> 12) & 0x3;
    }
    get inputOverride() {
        return (this.ctrl >> 16) & 0x3;
    }
    get irqOverride() {
        return (this.ctrl >> 28) & 0x3;
    }
    get rawOutputEnable() {
        const { index, rp2040, functionSelect } = this;
        const bitmask = 1 << index;
        switch (functionSelect) {
            case FUNCTION_PWM:
                return !!(rp2040.pwm.gpioDirection & bitmask);
            case FUNCTION_SIO:
                return !!(rp2040.sio.gpioOutputEnable & bitmask);
            case FUNCTION_PIO0:
                return !!(rp2040.pio[0].pinDirections & bitmask);
            case FUNCTION_PIO1:
                return !!(rp2040.pio[1].pinDirections & bitmask);
            default:
                return false;
        }
    }
    get rawOutputValue() {
        const { index, rp2040, functionSelect } = this;
        const bitmask = 1 << index;
        switch (functionSelect) {
            case FUNCTION_PWM:
                return !!(rp2040.pwm.gpioValue & bitmask);
            case FUNCTION_SIO:
                return !!(rp2040.sio.gpioValue & bitmask);
            case FUNCTION_PIO0:
                return !!(rp2040.pio[0].pinValues & bitmask);
            case FUNCTION_PIO1:
                return !!(rp2040.pio[1].pinValues & bitmask);
            default:
                return false;
        }
    }
    get inputValue() {
        return applyOverride(this.rawInputValue && this.inputEnable, this.inputOverride);
    }
    get irqValue() {
        return applyOverride(this.rawInterrupt, this.irqOverride);
    }
    get outputEnable() {
        return applyOverride(this.rawOutputEnable, this.outputEnableOverride);
    }
    get outputValue() {
        return applyOverride(this.rawOutputValue, this.outputOverride);
    }
    /**
     * Returns the STATUS register value for the pin, as outlined in section 2.19.6 of the datasheet
     */
    get status() {
        const irqToProc = this.irqValue ? 1 << 26 : 0;
        const irqFromPad = this.rawInterrupt ? 1 << 24 : 0;
        const inToPeri = this.inputValue ? 1 << 19 : 0;
        const inFromPad = this.rawInputValue ? 1 << 17 : 0;
        const oeToPad = this.outputEnable ? 1 << 13 : 0;
        const oeFromPeri = this.rawOutputEnable ? 1 << 12 : 0;
        const outToPad = this.outputValue ? 1 << 9 : 0;
        const outFromPeri = this.rawOutputValue ? 1 << 8 : 0;
        return (irqToProc | irqFromPad | inToPeri | inFromPad | oeToPad | oeFromPeri | outToPad | outFromPeri);
    }
    get value() {
        if (this.outputEnable) {
            return this.outputValue ? GPIOPinState.High : GPIOPinState.Low;
        }
        else {
            // TODO: check what happens when we enable both pullup/pulldown
            // ANSWER: It is valid, see: 2.19.4.1. Bus Keeper Mode, datasheet p240
            if (this.pulldownEnabled && this.pullupEnabled) {
                // Pull high when high, pull low when low:
                return GPIOPinState.InputBusKeeper;
            }
            else if (this.pulldownEnabled) {
                return GPIOPinState.InputPullDown;
            }
            else if (this.pullupEnabled) {
                return GPIOPinState.InputPullUp;
            }
            return GPIOPinState.Input;
        }
    }
    setInputValue(value) {
        this.rawInputValue = value;
        const prevIrqValue = this.irqValue;
        if (value && this.inputEnable) {
            this.irqStatus |= IRQ_EDGE_HIGH | IRQ_LEVEL_HIGH;
            this.irqStatus &= ~IRQ_LEVEL_LOW;
        }
        else {
            this.irqStatus |= IRQ_EDGE_LOW | IRQ_LEVEL_LOW;
            this.irqStatus &= ~IRQ_LEVEL_HIGH;
        }
        if (this.irqValue !== prevIrqValue) {
            this.rp2040.updateIOInterrupt();
        }
        if (this.functionSelect === FUNCTION_PWM) {
            this.rp2040.pwm.gpioOnInput(this.index);
        }
        for (const pio of this.rp2040.pio) {
            for (const machine of pio.machines) {
                if (machine.enabled &&
                    machine.waiting &&
                    machine.waitType === WaitType.Pin &&
                    machine.waitIndex === this.index) {
                    machine.checkWait();
                }
            }
        }
    }
    checkForUpdates() {
        const { lastValue, value } = this;
        if (value !== lastValue) {
            this.lastValue = value;
            for (const listener of this.listeners) {
                listener(value, lastValue);
            }
        }
    }
    refreshInput() {
        this.setInputValue(this.rawInputValue);
    }
    updateIRQValue(value) {
        if (value & IRQ_EDGE_LOW && this.irqStatus & IRQ_EDGE_LOW) {
            this.irqStatus &= ~IRQ_EDGE_LOW;
            this.rp2040.updateIOInterrupt();
        }
        if (value & IRQ_EDGE_HIGH && this.irqStatus & IRQ_EDGE_HIGH) {
            this.irqStatus &= ~IRQ_EDGE_HIGH;
            this.rp2040.updateIOInterrupt();
        }
    }
    addListener(callback) {
        this.listeners.add(callback);
        return () => this.listeners.delete(callback);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/adc.js




const CS = 0x00; // ADC Control and Status
const RESULT = 0x04; // Result of most recent ADC conversion
const FCS = 0x08; // FIFO control and status
const FIFO_REG = 0x0c; // Conversion result FIFO
const DIV = 0x10; // Clock divider.0x14 INTR Raw Interrupts
const adc_INTR = 0x14; // Raw Interrupts
const INTE = 0x18; // Interrupt Enable
const INTF = 0x1c; // Interrupt Force
const INTS = 0x20; // Interrupt status after masking & forcing
// CS bits
const CS_RROBIN_MASK = 0x1f;
const CS_RROBIN_SHIFT = 16;
const CS_AINSEL_MASK = 0x7;
const CS_AINSEL_SHIFT = 12;
const CS_ERR_STICKY = 1 << 10;
const CS_ERR = 1 << 9;
const CS_READY = 1 << 8;
const CS_START_MANY = 1 << 3;
const CS_START_ONE = 1 << 2;
const CS_TS_EN = 1 << 1;
const CS_EN = 1 << 0;
const CS_WRITE_MASK = (CS_RROBIN_MASK << CS_RROBIN_SHIFT) |
    (CS_AINSEL_MASK << CS_AINSEL_SHIFT) |
    CS_START_MANY |
    CS_START_ONE |
    CS_TS_EN |
    CS_EN;
// FCS bits
const FCS_THRES_MASK = 0xf;
const FCS_THRESH_SHIFT = 24;
const FCS_LEVEL_MASK = 0xf;
const FCS_LEVEL_SHIFT = 16;
const FCS_OVER = 1 << 11;
const FCS_UNDER = 1 << 10;
const FCS_FULL = 1 << 9;
const FCS_EMPTY = 1 << 8;
const FCS_DREQ_EN = 1 << 3;
const FCS_ERR = 1 << 2;
const FCS_SHIFT = 1 << 1;
const FCS_EN = 1 << 0;
const FCS_WRITE_MASK = (FCS_THRES_MASK << FCS_THRESH_SHIFT) | FCS_DREQ_EN | FCS_ERR | FCS_SHIFT | FCS_EN;
// FIFO_REG bits
const FIFO_ERR = 1 << 15;
// DIV bits
const DIV_INT_MASK = 0xffff;
const DIV_INT_SHIFT = 8;
const DIV_FRAC_MASK = 0xff;
const DIV_FRAC_SHIFT = 0;
// Interrupt bits
const FIFO_INT = 1 << 0;
class RPADC extends BasePeripheral {
    get temperatueEnable() {
        return this.cs & CS_TS_EN;
    }
    get enabled() {
        return this.cs & CS_EN;
    }
    get divider() {
        return (1 +
            ((this.clockDiv >> DIV_INT_SHIFT) & DIV_INT_MASK) +
            ((this.clockDiv >> DIV_FRAC_SHIFT) & DIV_FRAC_MASK) / 256);
    }
    get intRaw() {
        const thres = (this.fcs >> FCS_THRESH_SHIFT) & FCS_THRES_MASK;
        return this.fifo.itemCount >= thres ? FIFO_INT : 0;
    }
    get intStatus() {
        return (this.intRaw & this.intEnable) | this.intForce;
    }
    get activeChannel() {
        return (this.cs >> CS_AINSEL_SHIFT) & CS_AINSEL_MASK;
    }
    set activeChannel(channel) {
        this.cs &= ~(CS_AINSEL_MASK << CS_AINSEL_SHIFT);
        this.cs |= (channel & CS_AINSEL_SHIFT) << CS_AINSEL_SHIFT;
    }
    constructor(rp2040, name) {
        super(rp2040, name);
        /* Number of ADC channels */
        this.numChannels = 5;
        /** ADC resolution (in bits) */
        this.resolution = 12;
        /** Time to read a single sample, in microseconds */
        this.sampleTime = 2;
        /**
         * ADC Channel values. Channels 0...3 are connected to GPIO 26...29, and channel 4 is connected to the built-in
         * temperature sensor: T=27-(ADC_voltage-0.706)/0.001721.
         *
         * Changing the values will change the ADC reading, unless you override onADCRead() with a custom implementation.
         */
        this.channelValues = [0, 0, 0, 0, 0];
        /**
         * Invoked whenever the emulated code performs an ADC read.
         *
         * The default implementation reads the result from the `channelValues` array, and then calls
         * completeADCRead() after `sampleTime` microseconds.
         *
         * If you override the default implementation, make sure to call `completeADCRead()` after
         * `sampleTime` microseconds (or else the ADC read will never complete).
         */
        this.onADCRead = (channel) => {
            // Default implementation
            this.currentChannel = channel;
            this.sampleAlarm.schedule(this.sampleTime * 1000);
        };
        this.fifo = new fifo_FIFO(4);
        this.dreq = DREQChannel.DREQ_ADC;
        // Registers
        this.cs = 0;
        this.fcs = 0;
        this.clockDiv = 0;
        this.intEnable = 0;
        this.intForce = 0;
        this.result = 0;
        // Status
        this.busy = false;
        this.err = false;
        this.currentChannel = 0;
        this.sampleAlarm = this.rp2040.clock.createAlarm(() => this.completeADCRead(this.channelValues[this.currentChannel], false));
        this.multiShotAlarm = this.rp2040.clock.createAlarm(() => {
            if (this.cs & CS_START_MANY) {
                this.startADCRead();
            }
        });
    }
    checkInterrupts() {
        this.rp2040.setInterrupt(IRQ.ADC_FIFO, !!this.intStatus);
    }
    startADCRead() {
        this.busy = true;
        this.onADCRead(this.activeChannel);
    }
    updateDMA() {
        if (this.fcs & FCS_DREQ_EN) {
            const thres = (this.fcs >> FCS_THRESH_SHIFT) & FCS_THRES_MASK;
            if (this.fifo.itemCount >= thres) {
                this.rp2040.dma.setDREQ(this.dreq);
            }
            else {
                this.rp2040.dma.clearDREQ(this.dreq);
            }
        }
    }
    completeADCRead(value, error) {
        this.busy = false;
        this.result = value;
        if (error) {
            this.cs |= CS_ERR_STICKY | CS_ERR;
        }
        else {
            this.cs &= ~CS_ERR;
        }
        // FIFO
        if (this.fcs & FCS_EN) {
            if (this.fifo.full) {
                this.fcs |= FCS_OVER;
            }
            else {
                value &= 0xfff; // 12 bits
                if (this.fcs & FCS_SHIFT) {
                    value >>= 4;
                }
                if (error && this.fcs & FCS_ERR) {
                    value |= FIFO_ERR;
                }
                this.fifo.push(value);
                this.updateDMA();
                this.checkInterrupts();
            }
        }
        // Round-robin
        const round = (this.cs >> CS_RROBIN_SHIFT) & CS_RROBIN_MASK;
        if (round) {
            let channel = this.activeChannel + 1;
            while (!(round & (1 << channel))) {
                channel = (channel + 1) % this.numChannels;
            }
            this.activeChannel = channel;
        }
        // Multi-shot conversions
        if (this.cs & CS_START_MANY) {
            const clockMHZ = 48;
            const sampleTicks = clockMHZ * this.sampleTime;
            if (this.divider > sampleTicks) {
                // clock runs at 48MHz, subtract 2uS
                const micros = (this.divider - sampleTicks) / clockMHZ;
                this.multiShotAlarm.schedule(micros * 1000);
            }
            else {
                this.startADCRead();
            }
        }
    }
    readUint32(offset) {
        switch (offset) {
            case CS:
                return this.cs | (this.err ? CS_ERR : 0) | (this.busy ? 0 : CS_READY);
            case RESULT:
                return this.result;
            case FCS:
                return (this.fcs |
                    ((this.fifo.itemCount & FCS_LEVEL_MASK) << FCS_LEVEL_SHIFT) |
                    (this.fifo.full ? FCS_FULL : 0) |
                    (this.fifo.empty ? FCS_EMPTY : 0));
            case FIFO_REG:
                if (this.fifo.empty) {
                    this.fcs |= FCS_UNDER;
                    return 0;
                }
                else {
                    const value = this.fifo.pull();
                    this.updateDMA();
                    return value;
                }
            case DIV:
                return this.clockDiv;
            case adc_INTR:
                return this.intRaw;
            case INTE:
                return this.intEnable;
            case INTF:
                return this.intForce;
            case INTS:
                return this.intStatus;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case CS:
                this.fcs &= ~(value & CS_ERR_STICKY); // Write-clear bits
                this.cs = (this.cs & ~CS_WRITE_MASK) | (value & CS_WRITE_MASK);
                if (value & CS_EN && !this.busy && (value & CS_START_ONE || value & CS_START_MANY)) {
                    this.startADCRead();
                }
                break;
            case FCS:
                this.fcs &= ~(value & (FCS_OVER | FCS_UNDER)); // Write-clear bits
                this.fcs = (this.fcs & ~FCS_WRITE_MASK) | (value & FCS_WRITE_MASK);
                this.checkInterrupts();
                break;
            case DIV:
                this.clockDiv = value;
                break;
            case INTE:
                this.intEnable = value & FIFO_INT;
                this.checkInterrupts();
                break;
            case INTF:
                this.intForce = value & FIFO_INT;
                this.checkInterrupts();
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/busctrl.js

/** Bus priority acknowledge */
const BUS_PRIORITY_ACK = 0x004;
/** Bus fabric performance counter 0 */
const PERFCTR0 = 0x008;
/** Bus fabric performance event select for PERFCTR0 */
const PERFSEL0 = 0x00c;
/** Bus fabric performance counter 1 */
const PERFCTR1 = 0x010;
/** Bus fabric performance event select for PERFCTR1 */
const PERFSEL1 = 0x014;
/** Bus fabric performance counter 2 */
const PERFCTR2 = 0x018;
/** Bus fabric performance event select for PERFCTR2 */
const PERFSEL2 = 0x01c;
/** Bus fabric performance counter 3 */
const PERFCTR3 = 0x020;
/** Bus fabric performance event select for PERFCTR3 */
const PERFSEL3 = 0x024;
class RPBUSCTRL extends BasePeripheral {
    constructor(rp2040, name) {
        super(rp2040, name);
        this.voltageSelect = 0;
        this.perfCtr = [0, 0, 0, 0];
        this.perfSel = [0x1f, 0x1f, 0x1f, 0x1f];
    }
    readUint32(offset) {
        switch (offset) {
            case BUS_PRIORITY_ACK:
                return 1;
            case PERFCTR0:
                return this.perfCtr[0];
            case PERFSEL0:
                return this.perfSel[0];
            case PERFCTR1:
                return this.perfCtr[1];
            case PERFSEL1:
                return this.perfSel[1];
            case PERFCTR2:
                return this.perfCtr[2];
            case PERFSEL2:
                return this.perfSel[2];
            case PERFCTR3:
                return this.perfCtr[3];
            case PERFSEL3:
                return this.perfSel[3];
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case PERFCTR0:
                this.perfCtr[0] = 0;
                break;
            case PERFSEL0:
                this.perfSel[0] = value & 0x1f;
                break;
            case PERFCTR1:
                this.perfCtr[1] = 0;
                break;
            case PERFSEL1:
                this.perfSel[1] = value & 0x1f;
                break;
            case PERFCTR2:
                this.perfCtr[2] = 0;
                break;
            case PERFSEL2:
                this.perfSel[2] = value & 0x1f;
                break;
            case PERFCTR3:
                this.perfCtr[3] = 0;
                break;
            case PERFSEL3:
                this.perfSel[3] = value & 0x1f;
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/clocks.js

const CLK_GPOUT0_CTRL = 0x00;
const CLK_GPOUT0_DIV = 0x04;
const CLK_GPOUT0_SELECTED = 0x8;
const CLK_GPOUT1_CTRL = 0x0c;
const CLK_GPOUT1_DIV = 0x10;
const CLK_GPOUT1_SELECTED = 0x14;
const CLK_GPOUT2_CTRL = 0x18;
const CLK_GPOUT2_DIV = 0x01c;
const CLK_GPOUT2_SELECTED = 0x20;
const CLK_GPOUT3_CTRL = 0x24;
const CLK_GPOUT3_DIV = 0x28;
const CLK_GPOUT3_SELECTED = 0x2c;
const CLK_REF_CTRL = 0x30;
const CLK_REF_DIV = 0x34;
const CLK_REF_SELECTED = 0x38;
const CLK_SYS_CTRL = 0x3c;
const CLK_SYS_DIV = 0x40;
const CLK_SYS_SELECTED = 0x44;
const CLK_PERI_CTRL = 0x48;
const CLK_PERI_DIV = 0x4c;
const CLK_PERI_SELECTED = 0x50;
const CLK_USB_CTRL = 0x54;
const CLK_USB_DIV = 0x58;
const CLK_USB_SELECTED = 0x5c;
const CLK_ADC_CTRL = 0x60;
const CLK_ADC_DIV = 0x64;
const CLK_ADC_SELECTED = 0x68;
const CLK_RTC_CTRL = 0x6c;
const CLK_RTC_DIV = 0x70;
const CLK_RTC_SELECTED = 0x74;
const CLK_SYS_RESUS_CTRL = 0x78;
const CLK_SYS_RESUS_STATUS = 0x7c;
// CLK_REF_CTRL
const CLK_REF_CTRL_SRC_MASK = 0x3;
const CLK_REF_CTRL_SRC_ROSC = 0x0;
const CLK_REF_CTRL_SRC_AUX = 0x1;
const CLK_REF_CTRL_SRC_XOSC = 0x2;
const CLK_REF_CTRL_AUXSRC_SHIFT = 5;
const CLK_REF_CTRL_AUXSRC_MASK = 0x3;
const CLK_REF_CTRL_AUXSRC_PLL_USB = 0x0;
// CLK_REF_DIV has no fractional part, only INT (bits 9:8)
const CLK_REF_DIV_INT_BITS = 0x300;
// CLK_SYS_CTRL
const CLK_SYS_CTRL_SRC_MASK = 0x1;
const CLK_SYS_CTRL_SRC_REF = 0x0;
const CLK_SYS_CTRL_AUXSRC_SHIFT = 5;
const CLK_SYS_CTRL_AUXSRC_MASK = 0x7;
const CLK_SYS_CTRL_AUXSRC_PLL_SYS = 0x0;
const CLK_SYS_CTRL_AUXSRC_PLL_USB = 0x1;
const CLK_SYS_CTRL_AUXSRC_ROSC = 0x2;
const CLK_SYS_CTRL_AUXSRC_XOSC = 0x3;
// CLK_PERI_CTRL. clk_peri has no SRC mux and no divider: it is driven straight from AUXSRC,
// which uses its own encoding (not the CLK_SYS one).
const CLK_PERI_CTRL_ENABLE = 1 << 11;
const CLK_PERI_CTRL_KILL = 1 << 10;
const CLK_PERI_CTRL_AUXSRC_SHIFT = 5;
const CLK_PERI_CTRL_AUXSRC_MASK = 0x7;
const CLK_PERI_CTRL_AUXSRC_CLK_SYS = 0x0;
const CLK_PERI_CTRL_AUXSRC_PLL_SYS = 0x1;
const CLK_PERI_CTRL_AUXSRC_PLL_USB = 0x2;
const CLK_PERI_CTRL_AUXSRC_ROSC = 0x3;
const CLK_PERI_CTRL_AUXSRC_XOSC = 0x4;
// CLK_x_DIV: 24.8 fixed point (INT bits 31:8, FRAC bits 7:0)
const CLK_DIV_INT_SHIFT = 8;
const CLK_DIV_FRAC_MASK = 0xff;
/** Decodes a CLK_x_DIV register value. INT = 0 means divide by 2^16. */
function clockDivisor(div) {
    const int = div >>> CLK_DIV_INT_SHIFT;
    return int ? int + (div & CLK_DIV_FRAC_MASK) / 256 : 0x10000;
}
class RPClocks extends BasePeripheral {
    constructor(rp2040, name) {
        super(rp2040, name);
        this.gpout0Ctrl = 0;
        this.gpout0Div = 0x100;
        this.gpout1Ctrl = 0;
        this.gpout1Div = 0x100;
        this.gpout2Ctrl = 0;
        this.gpout2Div = 0x100;
        this.gpout3Ctrl = 0;
        this.gpout3Div = 0x100;
        this.refCtrl = 0;
        this.refDiv = 0x100;
        this.periCtrl = 0;
        this.periDiv = 0x100;
        this.usbCtrl = 0;
        this.usbDiv = 0x100;
        this.sysCtrl = 0;
        this.sysDiv = 0x100;
        this.adcCtrl = 0;
        this.adcDiv = 0x100;
        this.rtcCtrl = 0;
        this.rtcDiv = 0x100;
    }
    /** clk_ref frequency, in Hz. GPIN0/GPIN1 are not modelled and yield 0. */
    get refFreq() {
        return this.refSourceFreq / clockDivisor(this.refDiv & CLK_REF_DIV_INT_BITS);
    }
    /** clk_sys frequency, in Hz. GPIN0/GPIN1 are not modelled and yield 0. */
    get sysFreq() {
        return this.sysSourceFreq / clockDivisor(this.sysDiv);
    }
    /**
     * clk_peri frequency, in Hz. Feeds the UART and SPI baud rate generators. Returns 0 while
     * the clock generator is stopped, and for the GPIN0/GPIN1 sources we do not model.
     */
    get periFreq() {
        const { rp2040 } = this;
        if (!(this.periCtrl & CLK_PERI_CTRL_ENABLE) || this.periCtrl & CLK_PERI_CTRL_KILL) {
            return 0;
        }
        switch ((this.periCtrl >>> CLK_PERI_CTRL_AUXSRC_SHIFT) & CLK_PERI_CTRL_AUXSRC_MASK) {
            case CLK_PERI_CTRL_AUXSRC_CLK_SYS:
                return this.sysFreq;
            case CLK_PERI_CTRL_AUXSRC_PLL_SYS:
                return rp2040.pllSys.frequency;
            case CLK_PERI_CTRL_AUXSRC_PLL_USB:
                return rp2040.pllUsb.frequency;
            case CLK_PERI_CTRL_AUXSRC_ROSC:
                return rp2040.roscFreq;
            case CLK_PERI_CTRL_AUXSRC_XOSC:
                return rp2040.xoscFreq;
            default:
                return 0;
        }
    }
    get refSourceFreq() {
        const { rp2040 } = this;
        switch (this.refCtrl & CLK_REF_CTRL_SRC_MASK) {
            case CLK_REF_CTRL_SRC_ROSC:
                return rp2040.roscFreq;
            case CLK_REF_CTRL_SRC_XOSC:
                return rp2040.xoscFreq;
            case CLK_REF_CTRL_SRC_AUX: {
                const auxsrc = (this.refCtrl >>> CLK_REF_CTRL_AUXSRC_SHIFT) & CLK_REF_CTRL_AUXSRC_MASK;
                return auxsrc === CLK_REF_CTRL_AUXSRC_PLL_USB ? rp2040.pllUsb.frequency : 0;
            }
            default:
                return 0;
        }
    }
    get sysSourceFreq() {
        const { rp2040 } = this;
        if ((this.sysCtrl & CLK_SYS_CTRL_SRC_MASK) === CLK_SYS_CTRL_SRC_REF) {
            return this.refFreq;
        }
        switch ((this.sysCtrl >>> CLK_SYS_CTRL_AUXSRC_SHIFT) & CLK_SYS_CTRL_AUXSRC_MASK) {
            case CLK_SYS_CTRL_AUXSRC_PLL_SYS:
                return rp2040.pllSys.frequency;
            case CLK_SYS_CTRL_AUXSRC_PLL_USB:
                return rp2040.pllUsb.frequency;
            case CLK_SYS_CTRL_AUXSRC_ROSC:
                return rp2040.roscFreq;
            case CLK_SYS_CTRL_AUXSRC_XOSC:
                return rp2040.xoscFreq;
            default:
                return 0;
        }
    }
    readUint32(offset) {
        switch (offset) {
            case CLK_GPOUT0_CTRL:
                return this.gpout0Ctrl & 0b100110001110111100000;
            case CLK_GPOUT0_DIV:
                return this.gpout0Div;
            case CLK_GPOUT0_SELECTED:
                return 1;
            case CLK_GPOUT1_CTRL:
                return this.gpout1Ctrl & 0b100110001110111100000;
            case CLK_GPOUT1_DIV:
                return this.gpout1Div;
            case CLK_GPOUT1_SELECTED:
                return 1;
            case CLK_GPOUT2_CTRL:
                return this.gpout2Ctrl & 0b100110001110111100000;
            case CLK_GPOUT2_DIV:
                return this.gpout2Div;
            case CLK_GPOUT2_SELECTED:
                return 1;
            case CLK_GPOUT3_CTRL:
                return this.gpout3Ctrl & 0b100110001110111100000;
            case CLK_GPOUT3_DIV:
                return this.gpout3Div;
            case CLK_GPOUT3_SELECTED:
                return 1;
            case CLK_REF_CTRL:
                return this.refCtrl & 0b000001100011;
            case CLK_REF_DIV:
                return this.refDiv & 0x30; // b8..9 = int divisor. no frac divisor present
            case CLK_REF_SELECTED:
                return 1 << (this.refCtrl & 0x03);
            case CLK_SYS_CTRL:
                return this.sysCtrl & 0b000011100001;
            case CLK_SYS_DIV:
                return this.sysDiv;
            case CLK_SYS_SELECTED:
                return 1 << (this.sysCtrl & 0x01);
            case CLK_PERI_CTRL:
                return this.periCtrl & 0b110011100000;
            case CLK_PERI_DIV:
                return this.periDiv;
            case CLK_PERI_SELECTED:
                return 1;
            case CLK_USB_CTRL:
                return this.usbCtrl & 0b100110000110011100000;
            case CLK_USB_DIV:
                return this.usbDiv;
            case CLK_USB_SELECTED:
                return 1;
            case CLK_ADC_CTRL:
                return this.adcCtrl & 0b100110000110011100000;
            case CLK_ADC_DIV:
                return this.adcDiv & 0x30;
            case CLK_ADC_SELECTED:
                return 1;
            case CLK_RTC_CTRL:
                return this.rtcCtrl & 0b100110000110011100000;
            case CLK_RTC_DIV:
                return this.rtcDiv & 0x30;
            case CLK_RTC_SELECTED:
                return 1;
            case CLK_SYS_RESUS_CTRL:
                return 0xff;
            case CLK_SYS_RESUS_STATUS:
                return 0; /* clock resus not implemented */
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case CLK_GPOUT0_CTRL:
                this.gpout0Ctrl = value;
                break;
            case CLK_GPOUT0_DIV:
                this.gpout0Div = value;
                break;
            case CLK_GPOUT1_CTRL:
                this.gpout1Ctrl = value;
                break;
            case CLK_GPOUT1_DIV:
                this.gpout1Div = value;
                break;
            case CLK_GPOUT2_CTRL:
                this.gpout2Ctrl = value;
                break;
            case CLK_GPOUT2_DIV:
                this.gpout2Div = value;
                break;
            case CLK_GPOUT3_CTRL:
                this.gpout3Ctrl = value;
                break;
            case CLK_GPOUT3_DIV:
                this.gpout3Div = value;
                break;
            case CLK_REF_CTRL:
                this.refCtrl = value;
                this.rp2040.updateClocks();
                break;
            case CLK_REF_DIV:
                this.refDiv = value;
                this.rp2040.updateClocks();
                break;
            case CLK_SYS_CTRL:
                this.sysCtrl = value;
                this.rp2040.updateClocks();
                break;
            case CLK_SYS_DIV:
                this.sysDiv = value;
                this.rp2040.updateClocks();
                break;
            case CLK_PERI_CTRL:
                this.periCtrl = value;
                this.rp2040.updateClocks();
                break;
            case CLK_PERI_DIV:
                this.periDiv = value;
                break;
            case CLK_USB_CTRL:
                this.usbCtrl = value;
                break;
            case CLK_USB_DIV:
                this.usbDiv = value;
                break;
            case CLK_ADC_CTRL:
                this.adcCtrl = value;
                break;
            case CLK_ADC_DIV:
                this.adcDiv = value;
                break;
            case CLK_RTC_CTRL:
                this.rtcCtrl = value;
                break;
            case CLK_RTC_DIV:
                this.rtcDiv = value;
                break;
            case CLK_SYS_RESUS_CTRL:
                return; /* clock resus not implemented */
            default:
                super.writeUint32(offset, value);
                break;
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/i2c.js


const IC_CON = 0x00; // I2C Control Register
const IC_TAR = 0x04; // I2C Target Address Register
const IC_SAR = 0x08; // I2C Slave Address Register
const IC_DATA_CMD = 0x10; // I2C Rx/Tx Data Buffer and Command Register
const IC_SS_SCL_HCNT = 0x14; // Standard Speed I2C Clock SCL High Count Register
const IC_SS_SCL_LCNT = 0x18; // Standard Speed I2C Clock SCL Low Count Register
const IC_FS_SCL_HCNT = 0x1c; // Fast Mode or Fast Mode Plus I2C Clock SCL High Count Register
const IC_FS_SCL_LCNT = 0x20; // Fast Mode or Fast Mode Plus I2C Clock SCL Low Count Register
const IC_INTR_STAT = 0x2c; // I2C Interrupt Status Register
const IC_INTR_MASK = 0x30; // I2C Interrupt Mask Register
const IC_RAW_INTR_STAT = 0x34; // I2C Raw Interrupt Status Register
const IC_RX_TL = 0x38; // I2C Receive FIFO Threshold Register
const IC_TX_TL = 0x3c; // I2C Transmit FIFO Threshold Register
const IC_CLR_INTR = 0x40; // Clear Combined and Individual Interrupt Register
const IC_CLR_RX_UNDER = 0x44; // Clear RX_UNDER Interrupt Register
const IC_CLR_RX_OVER = 0x48; // Clear RX_OVER Interrupt Register
const IC_CLR_TX_OVER = 0x4c; // Clear TX_OVER Interrupt Register
const IC_CLR_RD_REQ = 0x50; // Clear RD_REQ Interrupt Register
const IC_CLR_TX_ABRT = 0x54; // Clear TX_ABRT Interrupt Register
const IC_CLR_RX_DONE = 0x58; // Clear RX_DONE Interrupt Register
const IC_CLR_ACTIVITY = 0x5c; // Clear ACTIVITY Interrupt Register
const IC_CLR_STOP_DET = 0x60; // Clear STOP_DET Interrupt Register
const IC_CLR_START_DET = 0x64; // Clear START_DET Interrupt Register
const IC_CLR_GEN_CALL = 0x68; // Clear GEN_CALL Interrupt Register
const IC_ENABLE = 0x6c; // I2C ENABLE Register
const IC_STATUS = 0x70; // I2C STATUS Register
const IC_TXFLR = 0x74; // I2C Transmit FIFO Level Register
const IC_RXFLR = 0x78; // I2C Receive FIFO Level Register
const IC_SDA_HOLD = 0x7c; // I2C SDA Hold Time Length Register
const IC_TX_ABRT_SOURCE = 0x80; // I2C Transmit Abort Source Register
const IC_SLV_DATA_NACK_ONLY = 0x84; // Generate Slave Data NACK Register
const IC_DMA_CR = 0x88; // DMA Control Register
const IC_DMA_TDLR = 0x8c; // DMA Transmit Data Level Register
const IC_DMA_RDLR = 0x90; // DMA Transmit Data Level Register
const IC_SDA_SETUP = 0x94; // I2C SDA Setup Register
const IC_ACK_GENERAL_CALL = 0x98; // I2C ACK General Call Register
const IC_ENABLE_STATUS = 0x9c; // I2C Enable Status Register
const IC_FS_SPKLEN = 0xa0; // I2C SS, FS or FM+ spike suppression limit
const IC_CLR_RESTART_DET = 0xa8; // Clear RESTART_DET Interrupt Register
const IC_COMP_PARAM_1 = 0xf4; // Component Parameter Register 1
const IC_COMP_VERSION = 0xf8; // I2C Component Version Register
const IC_COMP_TYPE = 0xfc; // I2C Component Type Register
// IC_CON bits:
const STOP_DET_IF_MASTER_ACTIVE = (/* unused pure expression or super */ null && (1 << 10));
const RX_FIFO_FULL_HLD_CTRL = (/* unused pure expression or super */ null && (1 << 9));
const TX_EMPTY_CTRL = (/* unused pure expression or super */ null && (1 << 8));
const STOP_DET_IFADDRESSED = (/* unused pure expression or super */ null && (1 << 7));
const IC_SLAVE_DISABLE = 1 << 6;
const IC_RESTART_EN = 1 << 5;
const IC_10BITADDR_MASTER = 1 << 4;
const IC_10BITADDR_SLAVE = (/* unused pure expression or super */ null && (1 << 3));
const SPEED_SHIFT = 1;
const SPEED_MASK = 0x3;
const MASTER_MODE = 1 << 0;
// IC_TAR bits:
const SPECIAL = (/* unused pure expression or super */ null && (1 << 11));
const GC_OR_START = (/* unused pure expression or super */ null && (1 << 10));
// IC_STATUS bits:
const SLV_ACTIVITY = (/* unused pure expression or super */ null && (1 << 6));
const MST_ACTIVITY = 1 << 5;
const RFF = 1 << 4;
const RFNE = 1 << 3;
const TFE = 1 << 2;
const TFNF = 1 << 1;
const ACTIVITY = 1 << 0;
// IC_ENABLE bits:
const TX_CMD_BLOCK = 1 << 2;
const ABORT = 1 << 1;
const ENABLE = 1 << 0;
// IC_TX_ABRT_SOURCE bits:
const TX_FLUSH_CNT_MASK = 0x1ff;
const TX_FLUSH_CNT_SHIFT = 23;
const ABRT_USER_ABRT = 1 << 16;
const ABRT_SLVRD_INT = (/* unused pure expression or super */ null && (1 << 15));
const ABRT_SLV_ARBLOST = (/* unused pure expression or super */ null && (1 << 14));
const ABRT_SLVFLUSH_TXFIFO = (/* unused pure expression or super */ null && (1 << 13));
const ARB_LOST = 1 << 12;
const ABRT_MASTER_DIS = (/* unused pure expression or super */ null && (1 << 11));
const ABRT_10B_RD_NORSTRT = (/* unused pure expression or super */ null && (1 << 10));
const ABRT_SBYTE_NORSTRT = 1 << 9;
const ABRT_HS_NORSTRT = (/* unused pure expression or super */ null && (1 << 8));
const ABRT_SBYTE_ACKDET = (/* unused pure expression or super */ null && (1 << 7));
const ABRT_HS_ACKDET = (/* unused pure expression or super */ null && (1 << 6));
const ABRT_GCALL_READ = (/* unused pure expression or super */ null && (1 << 5));
const ABRT_GCALL_NOACK = 1 << 4;
const ABRT_TXDATA_NOACK = 1 << 3;
const ABRT_10ADDR2_NOACK = 1 << 2;
const ABRT_10ADDR1_NOACK = 1 << 1;
const ABRT_7B_ADDR_NOACK = 1 << 0;
/* Connection parameters */
var I2CMode;
(function (I2CMode) {
    I2CMode[I2CMode["Write"] = 0] = "Write";
    I2CMode[I2CMode["Read"] = 1] = "Read";
})(I2CMode || (I2CMode = {}));
var I2CSpeed;
(function (I2CSpeed) {
    I2CSpeed[I2CSpeed["Invalid"] = 0] = "Invalid";
    /* standard mode (100 kbit/s) */
    I2CSpeed[I2CSpeed["Standard"] = 1] = "Standard";
    /* fast mode (<=400 kbit/s) or fast mode plus (<=1000Kbit/s) */
    I2CSpeed[I2CSpeed["FastMode"] = 2] = "FastMode";
    /*  high speed mode (3.4 Mbit/s) */
    I2CSpeed[I2CSpeed["HighSpeedMode"] = 3] = "HighSpeedMode";
})(I2CSpeed || (I2CSpeed = {}));
var I2CState;
(function (I2CState) {
    I2CState[I2CState["Idle"] = 0] = "Idle";
    I2CState[I2CState["Start"] = 1] = "Start";
    I2CState[I2CState["Connect"] = 2] = "Connect";
    I2CState[I2CState["Connected"] = 3] = "Connected";
    I2CState[I2CState["Stop"] = 4] = "Stop";
})(I2CState || (I2CState = {}));
// Interrupts
const R_RESTART_DET = (/* unused pure expression or super */ null && (1 << 12)); // Slave mode only
const R_GEN_CALL = 1 << 11;
const R_START_DET = 1 << 10;
const R_STOP_DET = 1 << 9;
const R_ACTIVITY = 1 << 8;
const R_RX_DONE = 1 << 7;
const R_TX_ABRT = 1 << 6;
const R_RD_REQ = 1 << 5;
const R_TX_EMPTY = 1 << 4;
const R_TX_OVER = 1 << 3;
const R_RX_FULL = 1 << 2;
const R_RX_OVER = 1 << 1;
const R_RX_UNDER = 1 << 0;
// FIFO entry bits
const FIRST_DATA_BYTE = 1 << 10;
const RESTART = 1 << 10;
const STOP = 1 << 9;
const CMD = 1 << 8; // 0 for write, 1 for read
class RPI2C extends BasePeripheral {
    get intStatus() {
        return this.intRaw & this.intEnable;
    }
    get speed() {
        return ((this.control >> SPEED_SHIFT) & SPEED_MASK);
    }
    get sclLowPeriod() {
        return this.speed === I2CSpeed.Standard ? this.ssClockLowPeriod : this.fsClockLowPeriod;
    }
    get sclHighPeriod() {
        return this.speed === I2CSpeed.Standard ? this.ssClockHighPeriod : this.fsClockHighPeriod;
    }
    get masterBits() {
        return this.control & IC_10BITADDR_MASTER ? 10 : 7;
    }
    constructor(rp2040, name, irq) {
        super(rp2040, name);
        this.irq = irq;
        this.state = I2CState.Idle;
        this.busy = false;
        this.stop = false;
        this.pendingRestart = false;
        this.firstByte = false;
        this.rxFIFO = new fifo_FIFO(16);
        this.txFIFO = new fifo_FIFO(16);
        // user provided callbacks
        this.onStart = () => this.completeStart();
        this.onConnect = () => this.completeConnect(false);
        this.onWriteByte = () => this.completeWrite(false);
        this.onReadByte = () => this.completeRead(0xff);
        this.onStop = () => this.completeStop();
        this.enable = 0;
        this.rxThreshold = 0;
        this.txThreshold = 0;
        this.control = IC_SLAVE_DISABLE | IC_RESTART_EN | (I2CSpeed.FastMode << SPEED_SHIFT) | MASTER_MODE;
        this.ssClockHighPeriod = 0x0028;
        this.ssClockLowPeriod = 0x002f;
        this.fsClockHighPeriod = 0x0006;
        this.fsClockLowPeriod = 0x000d;
        this.targetAddress = 0x55;
        this.slaveAddress = 0x55;
        this.abortSource = 0;
        this.intRaw = 0;
        this.intEnable = 0;
        this.spikelen = 0x07;
    }
    checkInterrupts() {
        this.rp2040.setInterrupt(this.irq, !!this.intStatus);
    }
    clearInterrupts(mask) {
        if (this.intRaw & mask) {
            this.intRaw &= ~mask;
            this.checkInterrupts();
            return 1;
        }
        else {
            return 0;
        }
    }
    setInterrupts(mask) {
        if (!(this.intRaw & mask)) {
            this.intRaw |= mask;
            this.checkInterrupts();
        }
    }
    abort(reason) {
        this.abortSource &= ~TX_FLUSH_CNT_MASK;
        this.abortSource |= reason | (this.txFIFO.itemCount << TX_FLUSH_CNT_SHIFT);
        this.txFIFO.reset();
        this.setInterrupts(R_TX_ABRT);
    }
    nextCommand() {
        const enabled = this.enable & ENABLE;
        const blocked = this.enable & TX_CMD_BLOCK;
        if (this.txFIFO.empty || this.busy || blocked || !enabled) {
            return;
        }
        this.busy = true;
        const restart = !!(this.txFIFO.peek() & RESTART) && !this.pendingRestart && !this.stop;
        if (this.state === I2CState.Idle || restart) {
            this.pendingRestart = restart;
            this.stop = false;
            this.state = I2CState.Start;
            this.onStart(restart);
            return;
        }
        this.pendingRestart = false;
        const cmd = this.txFIFO.pull();
        const readMode = !!(cmd & CMD);
        this.stop = !!(cmd & STOP);
        if (readMode) {
            this.onReadByte(!this.stop);
        }
        else {
            this.onWriteByte(cmd & 0xff);
        }
        if (this.txFIFO.itemCount <= this.txThreshold) {
            this.setInterrupts(R_TX_EMPTY);
        }
    }
    pushRX(value) {
        if (this.rxFIFO.full) {
            this.setInterrupts(R_RX_OVER);
            return;
        }
        this.rxFIFO.push(value);
        if (this.rxFIFO.itemCount > this.rxThreshold) {
            this.setInterrupts(R_RX_FULL);
        }
    }
    completeStart() {
        if (this.txFIFO.empty || this.state !== I2CState.Start || this.stop) {
            this.onStop();
            return;
        }
        const mode = this.txFIFO.peek() & CMD ? I2CMode.Read : I2CMode.Write;
        this.state = I2CState.Connect;
        this.setInterrupts(R_START_DET);
        const addressMask = this.masterBits === 10 ? 0x3ff : 0xff;
        this.onConnect(this.targetAddress & addressMask, mode);
    }
    completeConnect(ack, nackByte = 0) {
        if (!ack || this.stop) {
            if (!ack) {
                if (!this.targetAddress) {
                    this.abort(ABRT_GCALL_NOACK);
                }
                else if (this.control & IC_10BITADDR_MASTER) {
                    this.abort(nackByte === 0 ? ABRT_10ADDR1_NOACK : ABRT_10ADDR2_NOACK);
                }
                else {
                    this.abort(ABRT_7B_ADDR_NOACK);
                }
            }
            this.state = I2CState.Stop;
            this.onStop();
            return;
        }
        this.state = I2CState.Connected;
        this.busy = false;
        this.firstByte = true;
        this.nextCommand();
    }
    completeWrite(ack) {
        if (!ack || this.stop) {
            if (!ack) {
                this.abort(ABRT_TXDATA_NOACK);
            }
            this.state = I2CState.Stop;
            this.onStop();
            return;
        }
        this.busy = false;
        this.nextCommand();
    }
    completeRead(value) {
        this.pushRX(value | (this.firstByte ? FIRST_DATA_BYTE : 0));
        if (this.stop) {
            this.state = I2CState.Stop;
            this.onStop();
            return;
        }
        this.firstByte = false;
        this.busy = false;
        this.nextCommand();
    }
    completeStop() {
        this.state = I2CState.Idle;
        this.setInterrupts(R_STOP_DET);
        this.busy = false;
        this.pendingRestart = false;
        if (this.enable & ABORT) {
            this.enable &= ~ABORT;
        }
        else {
            this.nextCommand();
        }
    }
    arbitrationLost() {
        this.state = I2CState.Idle;
        this.busy = false;
        this.abort(ARB_LOST);
    }
    readUint32(offset) {
        switch (offset) {
            case IC_CON:
                return this.control;
            case IC_TAR:
                return this.targetAddress;
            case IC_SAR:
                return this.slaveAddress;
            case IC_DATA_CMD:
                if (this.rxFIFO.empty) {
                    this.setInterrupts(R_RX_UNDER);
                    return 0;
                }
                this.clearInterrupts(R_RX_FULL);
                return this.rxFIFO.pull();
            case IC_SS_SCL_HCNT:
                return this.ssClockHighPeriod;
            case IC_SS_SCL_LCNT:
                return this.ssClockLowPeriod;
            case IC_FS_SCL_HCNT:
                return this.fsClockHighPeriod;
            case IC_FS_SCL_LCNT:
                return this.fsClockLowPeriod;
            case IC_INTR_STAT:
                return this.intStatus;
            case IC_INTR_MASK:
                return this.intEnable;
            case IC_RAW_INTR_STAT:
                return this.intRaw;
            case IC_RX_TL:
                return this.rxThreshold;
            case IC_TX_TL:
                return this.txThreshold;
            case IC_CLR_INTR:
                this.abortSource &= ABRT_SBYTE_NORSTRT; // Clear IC_TX_ABRT_SOURCE, expect for bit 9
                return this.clearInterrupts(R_RX_UNDER |
                    R_RX_OVER |
                    R_TX_OVER |
                    R_RD_REQ |
                    R_TX_ABRT |
                    R_RX_DONE |
                    R_ACTIVITY |
                    R_STOP_DET |
                    R_START_DET |
                    R_GEN_CALL);
            case IC_CLR_RX_UNDER:
                return this.clearInterrupts(R_RX_UNDER);
            case IC_CLR_RX_OVER:
                return this.clearInterrupts(R_RX_OVER);
            case IC_CLR_TX_OVER:
                return this.clearInterrupts(R_TX_OVER);
            case IC_CLR_RD_REQ:
                return this.clearInterrupts(R_RD_REQ);
            case IC_CLR_TX_ABRT:
                this.abortSource &= ABRT_SBYTE_NORSTRT; // Clear IC_TX_ABRT_SOURCE, expect for bit 9
                return this.clearInterrupts(R_TX_ABRT);
            case IC_CLR_RX_DONE:
                return this.clearInterrupts(R_RX_DONE);
            case IC_CLR_ACTIVITY:
                return this.clearInterrupts(R_ACTIVITY);
            case IC_CLR_STOP_DET:
                return this.clearInterrupts(R_STOP_DET);
            case IC_CLR_START_DET:
                return this.clearInterrupts(R_START_DET);
            case IC_CLR_GEN_CALL:
                return this.clearInterrupts(R_GEN_CALL);
            case IC_ENABLE:
                return this.enable;
            case IC_STATUS:
                return ((this.state !== I2CState.Idle ? MST_ACTIVITY | ACTIVITY : 0) |
                    (this.rxFIFO.full ? RFF : 0) |
                    (!this.rxFIFO.empty ? RFNE : 0) |
                    (this.txFIFO.empty ? TFE : 0) |
                    (!this.txFIFO.full ? TFNF : 0));
            case IC_TXFLR:
                return this.txFIFO.itemCount;
            case IC_RXFLR:
                return this.rxFIFO.itemCount;
            case IC_SDA_HOLD:
                return 0x01;
            case IC_TX_ABRT_SOURCE: {
                const value = this.abortSource;
                this.abortSource &= ABRT_SBYTE_NORSTRT; // Clear IC_TX_ABRT_SOURCE, expect for bit 9
                return value;
            }
            case IC_ENABLE_STATUS:
                // I2C status - read only. bit 0 reflects IC_ENABLE, bit 1,2 relate to i2c slave mode.
                return this.enable & 0x1;
            case IC_FS_SPKLEN:
                return this.spikelen & 0xff;
            case IC_COMP_PARAM_1:
                // From the datasheet:
                // Note This register is not implemented and therefore reads as 0. If it was implemented it would be a constant read-only
                // register that contains encoded information about the component's parameter settings.
                return 0;
            case IC_COMP_VERSION:
                return 0x3230312a;
            case IC_COMP_TYPE:
                return 0x44570140;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case IC_CON:
                if (((value >> SPEED_SHIFT) & SPEED_MASK) === I2CSpeed.Invalid) {
                    value = (value & ~(SPEED_MASK << SPEED_SHIFT)) | (I2CSpeed.HighSpeedMode << SPEED_SHIFT);
                }
                this.control = value;
                return;
            case IC_TAR:
                this.targetAddress = value & 0x3ff;
                return;
            case IC_SAR:
                this.slaveAddress = value & 0x3ff;
                return;
            case IC_DATA_CMD:
                if (this.txFIFO.full) {
                    this.setInterrupts(R_TX_OVER);
                }
                else {
                    this.txFIFO.push(value);
                    this.clearInterrupts(R_TX_EMPTY);
                    this.nextCommand();
                }
                return;
            case IC_SS_SCL_HCNT:
                this.ssClockHighPeriod = value & 0xffff;
                return;
            case IC_SS_SCL_LCNT:
                this.ssClockLowPeriod = value & 0xffff;
                return;
            case IC_FS_SCL_HCNT:
                this.fsClockHighPeriod = value & 0xffff;
                return;
            case IC_FS_SCL_LCNT:
                this.fsClockLowPeriod = value & 0xffff;
                return;
            case IC_SDA_HOLD:
                if (!(value & ENABLE)) {
                    if (value != 0x1) {
                        this.warn('Unimplemented write to IC_SDA_HOLD');
                    }
                }
                return;
            case IC_RX_TL:
                this.rxThreshold = value & 0xff;
                if (this.rxThreshold > this.rxFIFO.size) {
                    this.rxThreshold = this.rxFIFO.size;
                }
                return;
            case IC_TX_TL:
                this.txThreshold = value & 0xff;
                if (this.txThreshold > this.txFIFO.size) {
                    this.txThreshold = this.txFIFO.size;
                }
                return;
            case IC_ENABLE:
                // ABORT bit can only be set by software, not cleared.
                value |= this.enable & ABORT;
                if (value & ABORT) {
                    if (this.state === I2CState.Idle) {
                        value &= ~ABORT;
                    }
                    else {
                        this.abort(ABRT_USER_ABRT);
                        this.stop = true;
                    }
                }
                if (!(value & ENABLE)) {
                    this.txFIFO.reset();
                    this.rxFIFO.reset();
                }
                this.enable = value;
                this.nextCommand(); // TX_CMD_BLOCK may have changed
                return;
            case IC_FS_SPKLEN:
                if (!(value & ENABLE) && value > 0) {
                    this.spikelen = value;
                }
                return;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/io.js

const GPIO_CTRL_LAST = 0x0ec;
const INTR0 = 0xf0;
const PROC0_INTE0 = 0x100;
const PROC0_INTF0 = 0x110;
const PROC0_INTS0 = 0x120;
const PROC0_INTS3 = 0x12c;
class RPIO extends BasePeripheral {
    constructor(rp2040, name) {
        super(rp2040, name);
    }
    getPinFromOffset(offset) {
        const gpioIndex = offset >>> 3;
        return {
            gpio: this.rp2040.gpio[gpioIndex],
            isCtrl: !!(offset & 0x4),
        };
    }
    readUint32(offset) {
        if (offset <= GPIO_CTRL_LAST) {
            const { gpio, isCtrl } = this.getPinFromOffset(offset);
            return isCtrl ? gpio.ctrl : gpio.status;
        }
        if (offset >= INTR0 && offset <= PROC0_INTS3) {
            const startIndex = (offset & 0xf) * 2;
            const register = offset & ~0xf;
            const { gpio } = this.rp2040;
            let result = 0;
            for (let index = 7; index >= 0; index--) {
                const pin = gpio[index + startIndex];
                if (!pin) {
                    continue;
                }
                result <<= 4;
                switch (register) {
                    case INTR0:
                        result |= pin.irqStatus;
                        break;
                    case PROC0_INTE0:
                        result |= pin.irqEnableMask;
                        break;
                    case PROC0_INTF0:
                        result |= pin.irqForceMask;
                        break;
                    case PROC0_INTS0:
                        result |= (pin.irqStatus & pin.irqEnableMask) | pin.irqForceMask;
                        break;
                }
            }
            return result;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        if (offset <= GPIO_CTRL_LAST) {
            const { gpio, isCtrl } = this.getPinFromOffset(offset);
            if (isCtrl) {
                gpio.ctrl = value;
                gpio.checkForUpdates();
            }
            return;
        }
        if (offset >= INTR0 && offset <= PROC0_INTS3) {
            const startIndex = (offset & 0xf) * 2;
            const register = offset & ~0xf;
            const { gpio } = this.rp2040;
            for (let index = 0; index < 8; index++) {
                const pin = gpio[index + startIndex];
                if (!pin) {
                    continue;
                }
                const pinValue = (value >> (index * 4)) & 0xf;
                const pinRawWriteValue = (this.rawWriteValue >> (index * 4)) & 0xf;
                switch (register) {
                    case INTR0:
                        pin.updateIRQValue(pinRawWriteValue);
                        break;
                    case PROC0_INTE0:
                        if (pin.irqEnableMask !== pinValue) {
                            pin.irqEnableMask = pinValue;
                            this.rp2040.updateIOInterrupt();
                        }
                        break;
                    case PROC0_INTF0:
                        if (pin.irqForceMask !== pinValue) {
                            pin.irqForceMask = pinValue;
                            this.rp2040.updateIOInterrupt();
                        }
                        break;
                }
            }
            return;
        }
        super.writeUint32(offset, value);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/pads.js

const VOLTAGE_SELECT = 0;
const GPIO_FIRST = 0x4;
const GPIO_LAST = 0x78;
const QSPI_FIRST = 0x4;
const QSPI_LAST = 0x18;
class RPPADS extends BasePeripheral {
    constructor(rp2040, name, bank) {
        super(rp2040, name);
        this.bank = bank;
        this.voltageSelect = 0;
        this.firstPadRegister = this.bank === 'qspi' ? QSPI_FIRST : GPIO_FIRST;
        this.lastPadRegister = this.bank === 'qspi' ? QSPI_LAST : GPIO_LAST;
    }
    getPinFromOffset(offset) {
        const gpioIndex = (offset - this.firstPadRegister) >>> 2;
        if (this.bank === 'qspi') {
            return this.rp2040.qspi[gpioIndex];
        }
        else {
            return this.rp2040.gpio[gpioIndex];
        }
    }
    readUint32(offset) {
        if (offset >= this.firstPadRegister && offset <= this.lastPadRegister) {
            const gpio = this.getPinFromOffset(offset);
            return gpio.padValue;
        }
        switch (offset) {
            case VOLTAGE_SELECT:
                return this.voltageSelect;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        if (offset >= this.firstPadRegister && offset <= this.lastPadRegister) {
            const gpio = this.getPinFromOffset(offset);
            const oldInputEnable = gpio.inputEnable;
            gpio.padValue = value;
            gpio.checkForUpdates();
            if (oldInputEnable !== gpio.inputEnable) {
                gpio.refreshInput();
            }
            return;
        }
        switch (offset) {
            case VOLTAGE_SELECT:
                this.voltageSelect = value & 1;
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/pll.js

// PLL register offsets
const PLL_CS = 0x00; // Control and Status
const PLL_PWR = 0x04; // Power control
const PLL_FBDIV_INT = 0x08; // Feedback divisor
const PLL_PRIM = 0x0c; // Primary post dividers
// PLL_CS bits
const PLL_CS_LOCK = 1 << 31;
const PLL_CS_BYPASS = 1 << 8;
const PLL_CS_REFDIV_MASK = 0x3f;
// PLL_FBDIV_INT bits
const PLL_FBDIV_INT_MASK = 0xfff;
// PLL_PRIM bits
const PLL_PRIM_POSTDIV1_SHIFT = 16;
const PLL_PRIM_POSTDIV2_SHIFT = 12;
const PLL_PRIM_POSTDIV_MASK = 0x7;
/**
 * RP2040 PLL peripheral.
 *
 * Always reports locked (we have no startup delay to model), and computes its output
 * frequency from the divider registers:
 *
 *   f_out = (f_ref / REFDIV * FBDIV) / (POSTDIV1 * POSTDIV2)
 *
 * The frequency is what makes `RP2040.clkSys` follow `set_sys_clock_khz()` and friends.
 */
class RPPLL extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.cs = 0x1; // REFDIV = 1
        this.pwr = 0x2d; // VCO and post dividers powered down
        this.fbdivInt = 0;
        this.prim = 0x77000; // POSTDIV1 = 7, POSTDIV2 = 7
    }
    get refdiv() {
        return this.cs & PLL_CS_REFDIV_MASK;
    }
    get fbdiv() {
        return this.fbdivInt & PLL_FBDIV_INT_MASK;
    }
    get postdiv1() {
        return (this.prim >>> PLL_PRIM_POSTDIV1_SHIFT) & PLL_PRIM_POSTDIV_MASK;
    }
    get postdiv2() {
        return (this.prim >>> PLL_PRIM_POSTDIV2_SHIFT) & PLL_PRIM_POSTDIV_MASK;
    }
    /** PLL output frequency, in Hz, derived from the current register values. */
    get frequency() {
        const refFreq = this.rp2040.xoscFreq / (this.refdiv || 1);
        if (this.cs & PLL_CS_BYPASS) {
            return refFreq;
        }
        const postdiv = (this.postdiv1 || 1) * (this.postdiv2 || 1);
        return (refFreq * this.fbdiv) / postdiv;
    }
    readUint32(offset) {
        switch (offset) {
            case PLL_CS:
                return this.cs | PLL_CS_LOCK;
            case PLL_PWR:
                return this.pwr;
            case PLL_FBDIV_INT:
                return this.fbdivInt;
            case PLL_PRIM:
                return this.prim;
            default:
                return super.readUint32(offset);
        }
    }
    writeUint32(offset, value) {
        switch (offset) {
            case PLL_CS:
                this.cs = value;
                break;
            case PLL_PWR:
                this.pwr = value;
                break;
            case PLL_FBDIV_INT:
                this.fbdivInt = value;
                break;
            case PLL_PRIM:
                this.prim = value;
                break;
            default:
                super.writeUint32(offset, value);
                return;
        }
        this.rp2040.updateClocks();
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/utils/timer32.js
var TimerMode;
(function (TimerMode) {
    TimerMode[TimerMode["Increment"] = 0] = "Increment";
    TimerMode[TimerMode["Decrement"] = 1] = "Decrement";
    TimerMode[TimerMode["ZigZag"] = 2] = "ZigZag";
})(TimerMode || (TimerMode = {}));
class Timer32 {
    constructor(clock, baseFreq) {
        this.clock = clock;
        this.baseFreq = baseFreq;
        this.baseValue = 0;
        this.baseNanos = 0;
        this.topValue = 0xffffffff;
        this.prescalerValue = 1;
        this.timerMode = TimerMode.Increment;
        this.enabled = true;
        this.listeners = [];
    }
    reset() {
        this.baseNanos = this.clock.nanos;
        this.baseValue = 0;
        this.updated();
    }
    set(value, zigZagDown = false) {
        this.baseValue = zigZagDown ? this.topValue * 2 - value : value;
        this.baseNanos = this.clock.nanos;
        this.updated();
    }
    /**
     * Advances the counter by the given amount. Note that this will
     * decrease the counter if the timer is running in Decrement mode.
     *
     * @param delta The value to add to the counter. Can be negative.
     */
    advance(delta) {
        this.baseValue += delta;
        if (this.topValue !== 0xffffffff) {
            // Keep the base value in range, so that retarding past 0 wraps around to the top
            const topModulo = this.timerMode === TimerMode.ZigZag ? this.topValue * 2 : this.topValue + 1;
            this.baseValue = ((this.baseValue % topModulo) + topModulo) % topModulo;
        }
        this.updated();
    }
    get rawCounter() {
        const { baseFreq, prescalerValue, baseNanos, baseValue, enabled, timerMode } = this;
        if (!baseFreq || !prescalerValue || !enabled) {
            return this.baseValue;
        }
        const zigzag = timerMode == TimerMode.ZigZag;
        const ticks = ((this.clock.nanos - baseNanos) / 1e9) * (baseFreq / prescalerValue);
        const topModulo = zigzag ? this.topValue * 2 : this.topValue + 1;
        const delta = timerMode == TimerMode.Decrement ? topModulo - (ticks % topModulo) : ticks;
        let currentValue = Math.round(baseValue + delta);
        if (this.topValue != 0xffffffff) {
            currentValue %= topModulo;
        }
        return currentValue;
    }
    get counter() {
        let currentValue = this.rawCounter;
        if (this.timerMode == TimerMode.ZigZag && currentValue > this.topValue) {
            currentValue = this.topValue * 2 - currentValue;
        }
        return currentValue >>> 0;
    }
    get top() {
        return this.topValue;
    }
    set top(value) {
        const { counter } = this;
        this.topValue = value;
        this.set(counter <= this.topValue ? counter : 0);
    }
    get frequency() {
        return this.baseFreq;
    }
    set frequency(value) {
        this.baseValue = this.counter;
        this.baseNanos = this.clock.nanos;
        this.baseFreq = value;
        this.updated();
    }
    get prescaler() {
        return this.prescalerValue;
    }
    set prescaler(value) {
        this.baseValue = this.counter;
        this.baseNanos = this.clock.nanos;
        this.enabled = this.prescalerValue !== 0;
        this.prescalerValue = value;
        this.updated();
    }
    toNanos(cycles) {
        const { baseFreq, prescalerValue } = this;
        return (cycles * 1e9) / (baseFreq / prescalerValue);
    }
    get enable() {
        return this.enabled;
    }
    set enable(value) {
        if (value !== this.enabled) {
            if (value) {
                this.baseNanos = this.clock.nanos;
            }
            else {
                this.baseValue = this.counter;
            }
            this.enabled = value;
            this.updated();
        }
    }
    get mode() {
        return this.timerMode;
    }
    set mode(value) {
        if (this.timerMode !== value) {
            const { counter } = this;
            this.timerMode = value;
            this.set(counter);
        }
    }
    updated() {
        for (const listener of this.listeners) {
            listener();
        }
    }
}
class Timer32PeriodicAlarm {
    constructor(timer, callback) {
        this.timer = timer;
        this.callback = callback;
        this.targetValue = 0;
        this.enabled = false;
        this.handleAlarm = () => {
            this.callback();
            if (this.enabled && this.timer.enable) {
                this.schedule();
            }
        };
        this.update = () => {
            this.cancel();
            if (this.enabled && this.timer.enable) {
                this.schedule();
            }
        };
        this.clockAlarm = this.timer.clock.createAlarm(this.handleAlarm);
        timer.listeners.push(this.update);
    }
    get enable() {
        return this.enabled;
    }
    set enable(value) {
        if (value !== this.enabled) {
            this.enabled = value;
            if (value && this.timer.enable) {
                this.schedule();
            }
            else {
                this.cancel();
            }
        }
    }
    get target() {
        return this.targetValue;
    }
    set target(value) {
        if (value === this.targetValue) {
            return;
        }
        this.targetValue = value;
        if (this.enabled && this.timer.enable) {
            this.cancel();
            this.schedule();
        }
    }
    schedule() {
        const { timer, targetValue } = this;
        const { top, mode, rawCounter } = timer;
        let cycleDelta = targetValue - rawCounter;
        if (mode === TimerMode.ZigZag && cycleDelta < 0) {
            if (cycleDelta < -top) {
                cycleDelta += 2 * top;
            }
            else {
                cycleDelta = top * 2 - targetValue - rawCounter;
            }
        }
        if (top != 0xffffffff) {
            if (cycleDelta <= 0) {
                cycleDelta += top + 1;
            }
            if (targetValue > top) {
                // Skip alarm
                return;
            }
        }
        if (mode === TimerMode.Decrement) {
            cycleDelta = top + 1 - cycleDelta;
        }
        const cyclesToAlarm = cycleDelta >>> 0;
        const nanosToAlarm = timer.toNanos(cyclesToAlarm);
        this.clockAlarm.schedule(nanosToAlarm);
    }
    cancel() {
        this.clockAlarm.cancel();
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/ppb.js



const CPUID = 0xd00;
const ICSR = 0xd04;
const VTOR = 0xd08;
const SHPR2 = 0xd1c;
const SHPR3 = 0xd20;
const SYST_CSR = 0x010; // SysTick Control and Status Register
const SYST_RVR = 0x014; // SysTick Reload Value Register
const SYST_CVR = 0x018; // SysTick Current Value Register
const SYST_CALIB = 0x01c; // SysTick Calibration Value Register
const NVIC_ISER = 0x100; // Interrupt Set-Enable Register
const NVIC_ICER = 0x180; // Interrupt Clear-Enable Register
const NVIC_ISPR = 0x200; // Interrupt Set-Pending Register
const NVIC_ICPR = 0x280; // Interrupt Clear-Pending Register
// Interrupt priority registers:
const NVIC_IPR0 = 0x400;
const NVIC_IPR1 = 0x404;
const NVIC_IPR2 = 0x408;
const NVIC_IPR3 = 0x40c;
const NVIC_IPR4 = 0x410;
const NVIC_IPR5 = 0x414;
const NVIC_IPR6 = 0x418;
const NVIC_IPR7 = 0x41c;
/** ICSR Bits */
const NMIPENDSET = 1 << 31;
const PENDSVSET = 1 << 28;
const PENDSVCLR = 1 << 27;
const PENDSTSET = 1 << 26;
const PENDSTCLR = 1 << 25;
const ISRPREEMPT = (/* unused pure expression or super */ null && (1 << 23));
const ISRPENDING = 1 << 22;
const VECTPENDING_MASK = 0x1ff;
const VECTPENDING_SHIFT = 12;
const VECTACTIVE_MASK = 0x1ff;
const VECTACTIVE_SHIFT = 0;
/** PPB stands for Private Periphral Bus.
 * These are peripherals that are part of the ARM Cortex Core, and there's one copy for each processor core.
 *
 * Included peripheral: NVIC, SysTick timer
 */
class RPPPB extends BasePeripheral {
    constructor(rp2040, name) {
        super(rp2040, name);
        // Systick
        this.systickCountFlag = false;
        this.systickClkSource = false;
        this.systickIntEnable = false;
        this.systickReload = 0;
        this.systickTimer = new Timer32(this.rp2040.clock, this.rp2040.clkSys);
        this.systickAlarm = new Timer32PeriodicAlarm(this.systickTimer, () => {
            this.systickCountFlag = true;
            if (this.systickIntEnable) {
                this.rp2040.core.pendingSystick = true;
                this.rp2040.core.interruptsUpdated = true;
            }
            this.systickTimer.set(this.systickReload);
        });
        this.systickTimer.top = 0xffffff;
        this.systickTimer.mode = TimerMode.Decrement;
        this.systickAlarm.target = 0;
        this.systickAlarm.enable = true;
        this.reset();
    }
    reset() {
        this.writeUint32(SYST_CSR, 0);
        this.writeUint32(SYST_RVR, 0xffffff);
        this.systickTimer.set(0xffffff);
    }
    readUint32(offset) {
        const { rp2040 } = this;
        const { core } = rp2040;
        switch (offset) {
            case CPUID:
                return 0x410cc601; /* Verified against actual hardware */
            case ICSR: {
                const pendingInterrupts = core.pendingInterrupts || core.pendingPendSV || core.pendingSystick || core.pendingSVCall;
                const vectPending = core.vectPending;
                return ((core.pendingNMI ? NMIPENDSET : 0) |
                    (core.pendingPendSV ? PENDSVSET : 0) |
                    (core.pendingSystick ? PENDSTSET : 0) |
                    (pendingInterrupts ? ISRPENDING : 0) |
                    (vectPending << VECTPENDING_SHIFT) |
                    ((core.IPSR & VECTACTIVE_MASK) << VECTACTIVE_SHIFT));
            }
            case VTOR:
                return core.VTOR;
            /* NVIC */
            case NVIC_ISPR:
                return core.pendingInterrupts >>> 0;
            case NVIC_ICPR:
                return core.pendingInterrupts >>> 0;
            case NVIC_ISER:
                return core.enabledInterrupts >>> 0;
            case NVIC_ICER:
                return core.enabledInterrupts >>> 0;
            case NVIC_IPR0:
            case NVIC_IPR1:
            case NVIC_IPR2:
            case NVIC_IPR3:
            case NVIC_IPR4:
            case NVIC_IPR5:
            case NVIC_IPR6:
            case NVIC_IPR7: {
                const regIndex = (offset - NVIC_IPR0) >> 2;
                let result = 0;
                for (let byteIndex = 0; byteIndex < 4; byteIndex++) {
                    const interruptNumber = regIndex * 4 + byteIndex;
                    for (let priority = 0; priority < core.interruptPriorities.length; priority++) {
                        if (core.interruptPriorities[priority] & (1 << interruptNumber)) {
                            result |= priority << (8 * byteIndex + 6);
                        }
                    }
                }
                return result;
            }
            case SHPR2:
                return core.SHPR2;
            case SHPR3:
                return core.SHPR3;
            /* SysTick */
            case SYST_CSR: {
                const countFlagValue = this.systickCountFlag ? 1 << 16 : 0;
                const clkSourceValue = this.systickClkSource ? 1 << 2 : 0;
                const tickIntValue = this.systickIntEnable ? 1 << 1 : 0;
                const enableFlagValue = this.systickTimer.enable ? 1 << 0 : 0;
                this.systickCountFlag = false;
                return countFlagValue | clkSourceValue | tickIntValue | enableFlagValue;
            }
            case SYST_CVR:
                return this.systickTimer.counter;
            case SYST_RVR:
                return this.systickReload;
            case SYST_CALIB:
                return 0x0000270f;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        const { rp2040 } = this;
        const { core } = rp2040;
        const hardwareInterruptMask = (1 << MAX_HARDWARE_IRQ) - 1;
        switch (offset) {
            case ICSR:
                if (value & NMIPENDSET) {
                    core.pendingNMI = true;
                    core.interruptsUpdated = true;
                }
                if (value & PENDSVSET) {
                    core.pendingPendSV = true;
                    core.interruptsUpdated = true;
                }
                if (value & PENDSVCLR) {
                    core.pendingPendSV = false;
                }
                if (value & PENDSTSET) {
                    core.pendingSystick = true;
                    core.interruptsUpdated = true;
                }
                if (value & PENDSTCLR) {
                    core.pendingSystick = false;
                }
                return;
            case VTOR:
                core.VTOR = value;
                return;
            /* NVIC */
            case NVIC_ISPR:
                core.pendingInterrupts |= value;
                core.interruptsUpdated = true;
                return;
            case NVIC_ICPR:
                core.pendingInterrupts &= ~value | hardwareInterruptMask;
                return;
            case NVIC_ISER:
                core.enabledInterrupts |= value;
                core.interruptsUpdated = true;
                return;
            case NVIC_ICER:
                core.enabledInterrupts &= ~value;
                return;
            case NVIC_IPR0:
            case NVIC_IPR1:
            case NVIC_IPR2:
            case NVIC_IPR3:
            case NVIC_IPR4:
            case NVIC_IPR5:
            case NVIC_IPR6:
            case NVIC_IPR7: {
                const regIndex = (offset - NVIC_IPR0) >> 2;
                for (let byteIndex = 0; byteIndex < 4; byteIndex++) {
                    const interruptNumber = regIndex * 4 + byteIndex;
                    const newPriority = (value >> (8 * byteIndex + 6)) & 0x3;
                    for (let priority = 0; priority < core.interruptPriorities.length; priority++) {
                        core.interruptPriorities[priority] &= ~(1 << interruptNumber);
                    }
                    core.interruptPriorities[newPriority] |= 1 << interruptNumber;
                }
                core.interruptsUpdated = true;
                return;
            }
            case SHPR2:
                core.SHPR2 = value;
                return;
            case SHPR3:
                core.SHPR3 = value;
                return;
            // SysTick
            case SYST_CSR:
                this.systickClkSource = value & (1 << 2) ? true : false;
                this.systickIntEnable = value & (1 << 1) ? true : false;
                this.systickTimer.enable = value & (1 << 0) ? true : false;
                return;
            case SYST_CVR:
                this.systickTimer.set(0);
                return;
            case SYST_RVR:
                this.systickReload = value;
                return;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/psm.js

const FRCE_ON = 0x00;
const FRCE_OFF = 0x04;
const WDSEL = 0x08;
const DONE = 0x0c;
const PSM_BITS_MASK = 0x0001ffff;
class RPPSM extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.frceOn = 0;
        this.frceOff = 0;
        this.wdsel = 0;
    }
    readUint32(offset) {
        switch (offset) {
            case FRCE_ON:
                return this.frceOn;
            case FRCE_OFF:
                return this.frceOff;
            case WDSEL:
                return this.wdsel;
            case DONE:
                // Domains are ready unless forced off (FRCE_ON overrides FRCE_OFF)
                return (PSM_BITS_MASK & ~this.frceOff) | (this.frceOn & this.frceOff);
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case FRCE_ON:
                this.frceOn = value & PSM_BITS_MASK;
                break;
            case FRCE_OFF:
                this.frceOff = value & PSM_BITS_MASK;
                break;
            case WDSEL:
                this.wdsel = value & PSM_BITS_MASK;
                break;
            default:
                super.writeUint32(offset, value);
                break;
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/pwm.js




/** Control and status register */
const CHn_CSR = 0x00;
/**
 * INT and FRAC form a fixed-point fractional number.
 * Counting rate is system clock frequency divided by this number.
 * Fractional division uses simple 1st-order sigma-delta.
 */
const CHn_DIV = 0x04;
/** Direct access to the PWM counter */
const CHn_CTR = 0x08;
/** Counter compare values */
const CHn_CC = 0x0c;
/** Counter wrap value */
const CHn_TOP = 0x10;
/**
 * This register aliases the CSR_EN bits for all channels.
 * Writing to this register allows multiple channels to be enabled
 * or disabled simultaneously, so they can run in perfect sync.
 * For each channel, there is only one physical EN register bit,
 * which can be accessed through here or CHx_CSR.
 */
const pwm_EN = 0xa0;
/** Raw Interrupts */
const pwm_INTR = 0xa4;
/** Interrupt Enable */
const pwm_INTE = 0xa8;
/** Interrupt Force */
const pwm_INTF = 0xac;
/** Interrupt status after masking & forcing */
const pwm_INTS = 0xb0;
const INT_MASK = 0xff;
/* CHn_CSR bits */
const CSR_PH_ADV = 1 << 7;
const CSR_PH_RET = 1 << 6;
const CSR_DIVMODE_SHIFT = 4;
const CSR_DIVMODE_MASK = 0x3;
const CSR_B_INV = 1 << 3;
const CSR_A_INV = 1 << 2;
const CSR_PH_CORRECT = 1 << 1;
const CSR_EN = 1 << 0;
var PWMDivMode;
(function (PWMDivMode) {
    PWMDivMode[PWMDivMode["FreeRunning"] = 0] = "FreeRunning";
    PWMDivMode[PWMDivMode["BGated"] = 1] = "BGated";
    PWMDivMode[PWMDivMode["BRisingEdge"] = 2] = "BRisingEdge";
    PWMDivMode[PWMDivMode["BFallingEdge"] = 3] = "BFallingEdge";
})(PWMDivMode || (PWMDivMode = {}));
class PWMChannel {
    constructor(pwm, clock, index) {
        this.pwm = pwm;
        this.clock = clock;
        this.index = index;
        this.timer = new Timer32(this.clock, this.pwm.clockFreq);
        this.alarmA = new Timer32PeriodicAlarm(this.timer, () => {
            this.setA(false);
        });
        this.alarmB = new Timer32PeriodicAlarm(this.timer, () => {
            this.setB(false);
        });
        this.alarmBottom = new Timer32PeriodicAlarm(this.timer, () => this.wrap());
        this.csr = 0;
        this.div = 0;
        this.cc = 0;
        this.top = 0;
        this.lastBValue = false;
        this.countingUp = true;
        this.ccUpdated = false;
        this.topUpdated = false;
        this.tickCounter = 0;
        this.divMode = PWMDivMode.FreeRunning;
        // GPIO pin indices: Table 525. Mapping of PWM channels to GPIO pins on RP2040
        this.pinA1 = this.index * 2;
        this.pinB1 = this.index * 2 + 1;
        this.pinA2 = this.index < 7 ? 16 + this.index * 2 : -1;
        this.pinB2 = this.index < 7 ? 16 + this.index * 2 + 1 : -1;
        this.alarmA.enable = true;
        this.alarmB.enable = true;
        this.alarmBottom.enable = true;
    }
    readRegister(offset) {
        switch (offset) {
            case CHn_CSR:
                return this.csr;
            case CHn_DIV:
                return this.div;
            case CHn_CTR:
                return this.timer.counter;
            case CHn_CC:
                return this.cc;
            case CHn_TOP:
                return this.top;
        }
        /* Shouldn't get here */
        return 0;
    }
    writeRegister(offset, value) {
        switch (offset) {
            case CHn_CSR:
                if (value & CSR_EN && !(this.csr & CSR_EN)) {
                    this.updateDoubleBuffered();
                }
                // PH_ADV and PH_RET are self-clearing, so they never appear in the stored csr value
                this.csr = value & ~(CSR_PH_ADV | CSR_PH_RET);
                if (value & CSR_EN) {
                    if (value & CSR_PH_ADV) {
                        this.timer.advance(1);
                    }
                    if (value & CSR_PH_RET) {
                        this.timer.advance(-1);
                    }
                }
                this.divMode = (this.csr >> CSR_DIVMODE_SHIFT) & CSR_DIVMODE_MASK;
                this.setBDirection(this.divMode === PWMDivMode.FreeRunning);
                this.updateEnable();
                this.lastBValue = this.gpioBValue;
                this.timer.mode = value & CSR_PH_CORRECT ? TimerMode.ZigZag : TimerMode.Increment;
                break;
            case CHn_DIV: {
                this.div = value & 1048575;
                const intValue = (value >> 4) & 0xff;
                const fracValue = value & 0xf;
                this.timer.prescaler = (intValue ? intValue : 256) + fracValue / 16;
                break;
            }
            case CHn_CTR:
                this.timer.set(value & 0xffff);
                break;
            case CHn_CC:
                this.cc = value;
                this.ccUpdated = true;
                break;
            case CHn_TOP:
                this.top = value & 0xffff;
                this.topUpdated = true;
                break;
        }
    }
    reset() {
        this.writeRegister(CHn_CSR, 0);
        this.writeRegister(CHn_DIV, 0x01 << 4);
        this.writeRegister(CHn_CTR, 0);
        this.writeRegister(CHn_CC, 0);
        this.writeRegister(CHn_TOP, 0xffff);
        this.countingUp = true;
        this.timer.enable = false;
        this.timer.reset();
    }
    updateDoubleBuffered() {
        if (this.ccUpdated) {
            this.alarmB.target = this.cc >>> 16;
            this.alarmA.target = this.cc & 0xffff;
            this.ccUpdated = false;
        }
        if (this.topUpdated) {
            this.timer.top = this.top;
            this.topUpdated = false;
        }
    }
    wrap() {
        this.pwm.channelInterrupt(this.index);
        this.updateDoubleBuffered();
        if (!(this.csr & CSR_PH_CORRECT)) {
            this.setA(this.alarmA.target > 0);
            this.setB(this.alarmB.target > 0);
        }
    }
    setA(value) {
        if (this.csr & CSR_A_INV) {
            value = !value;
        }
        this.pwm.gpioSet(this.pinA1, value);
        if (this.pinA2 >= 0) {
            this.pwm.gpioSet(this.pinA2, value);
        }
    }
    setB(value) {
        if (this.csr & CSR_B_INV) {
            value = !value;
        }
        this.pwm.gpioSet(this.pinB1, value);
        if (this.pinB2 >= 0) {
            this.pwm.gpioSet(this.pinB2, value);
        }
    }
    get gpioBValue() {
        return (this.pwm.gpioRead(this.pinB1) || (this.pinB2 > 0 ? this.pwm.gpioRead(this.pinB2) : false));
    }
    setBDirection(value) {
        this.pwm.gpioSetDir(this.pinB1, value);
        if (this.pinB2 >= 0) {
            this.pwm.gpioSetDir(this.pinB2, value);
        }
    }
    gpioBChanged() {
        const value = this.gpioBValue;
        if (value === this.lastBValue) {
            return;
        }
        this.lastBValue = value;
        switch (this.divMode) {
            case PWMDivMode.BGated:
                this.updateEnable();
                break;
            case PWMDivMode.BRisingEdge:
                if (value) {
                    this.tickCounter++;
                }
                break;
            case PWMDivMode.BFallingEdge:
                if (!value) {
                    this.tickCounter++;
                }
                break;
        }
        if (this.tickCounter >= this.timer.prescaler) {
            this.timer.advance(1);
            this.tickCounter -= this.timer.prescaler;
        }
    }
    updateEnable() {
        const { csr, divMode } = this;
        const enable = !!(csr & CSR_EN);
        this.timer.enable =
            enable &&
                (divMode === PWMDivMode.FreeRunning || (divMode === PWMDivMode.BGated && this.gpioBValue));
    }
    set en(value) {
        if (value && !(this.csr & CSR_EN)) {
            this.updateDoubleBuffered();
        }
        if (value) {
            this.csr |= CSR_EN;
        }
        else {
            this.csr &= ~CSR_EN;
        }
        this.updateEnable();
    }
}
class RPPWM extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.channels = [
            new PWMChannel(this, this.rp2040.clock, 0),
            new PWMChannel(this, this.rp2040.clock, 1),
            new PWMChannel(this, this.rp2040.clock, 2),
            new PWMChannel(this, this.rp2040.clock, 3),
            new PWMChannel(this, this.rp2040.clock, 4),
            new PWMChannel(this, this.rp2040.clock, 5),
            new PWMChannel(this, this.rp2040.clock, 6),
            new PWMChannel(this, this.rp2040.clock, 7),
        ];
        this.intRaw = 0;
        this.intEnable = 0;
        this.intForce = 0;
        this.gpioValue = 0;
        this.gpioDirection = 0;
    }
    get intStatus() {
        return (this.intRaw & this.intEnable) | this.intForce;
    }
    readUint32(offset) {
        if (offset < pwm_EN) {
            const channel = Math.floor(offset / 0x14);
            return this.channels[channel].readRegister(offset % 0x14);
        }
        switch (offset) {
            case pwm_EN:
                return ((this.channels[7].en << 7) |
                    (this.channels[6].en << 6) |
                    (this.channels[5].en << 5) |
                    (this.channels[4].en << 4) |
                    (this.channels[3].en << 3) |
                    (this.channels[2].en << 2) |
                    (this.channels[1].en << 1) |
                    (this.channels[0].en << 0));
            case pwm_INTR:
                return this.intRaw;
            case pwm_INTE:
                return this.intEnable;
            case pwm_INTF:
                return this.intForce;
            case pwm_INTS:
                return this.intStatus;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        if (offset < pwm_EN) {
            const channel = Math.floor(offset / 0x14);
            return this.channels[channel].writeRegister(offset % 0x14, value);
        }
        switch (offset) {
            case pwm_EN:
                this.channels[7].en = value & (1 << 7);
                this.channels[6].en = value & (1 << 6);
                this.channels[5].en = value & (1 << 5);
                this.channels[4].en = value & (1 << 4);
                this.channels[3].en = value & (1 << 3);
                this.channels[2].en = value & (1 << 2);
                this.channels[1].en = value & (1 << 1);
                this.channels[0].en = value & (1 << 0);
                break;
            case pwm_INTR:
                this.intRaw &= ~(value & INT_MASK);
                this.checkInterrupts();
                break;
            case pwm_INTE:
                this.intEnable = value & INT_MASK;
                this.checkInterrupts();
                break;
            case pwm_INTF:
                this.intForce = value & INT_MASK;
                this.checkInterrupts();
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
    get clockFreq() {
        return this.rp2040.clkSys;
    }
    channelInterrupt(index) {
        this.intRaw |= 1 << index;
        this.checkInterrupts();
        // We also set the DMA Request (DREQ) for the channel
        this.rp2040.dma.setDREQ(DREQChannel.DREQ_PWM_WRAP0 + index);
    }
    checkInterrupts() {
        this.rp2040.setInterrupt(IRQ.PWM_WRAP, !!this.intStatus);
    }
    gpioSet(index, value) {
        const bit = 1 << index;
        const newGpioValue = value ? this.gpioValue | bit : this.gpioValue & ~bit;
        if (this.gpioValue != newGpioValue) {
            this.gpioValue = newGpioValue;
            this.rp2040.gpio[index].checkForUpdates();
        }
    }
    gpioSetDir(index, output) {
        const bit = 1 << index;
        const newGpioDirection = output ? this.gpioDirection | bit : this.gpioDirection & ~bit;
        if (this.gpioDirection != newGpioDirection) {
            this.gpioDirection = newGpioDirection;
            this.rp2040.gpio[index].checkForUpdates();
        }
    }
    gpioRead(index) {
        return this.rp2040.gpio[index].inputValue;
    }
    gpioOnInput(index) {
        if (this.gpioDirection && 1 << index) {
            return;
        }
        for (const channel of this.channels) {
            if (channel.pinB1 === index || channel.pinB2 === index) {
                channel.gpioBChanged();
            }
        }
    }
    reset() {
        this.gpioDirection = 0xffffffff;
        for (const channel of this.channels) {
            channel.reset();
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/reset.js

const RESET = 0x0; //Reset control.
const reset_WDSEL = 0x4; //Watchdog select.
const RESET_DONE = 0x8; //Reset Done
class RPReset extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.reset = 0;
        this.wdsel = 0;
        this.reset_done = 0x1ffffff;
    }
    readUint32(offset) {
        switch (offset) {
            case RESET:
                return this.reset;
            case reset_WDSEL:
                return this.wdsel;
            case RESET_DONE:
                return this.reset_done;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case RESET:
                this.reset = value & 0x1ffffff;
                break;
            case reset_WDSEL:
                this.wdsel = value & 0x1ffffff;
                break;
            default:
                super.writeUint32(offset, value);
                break;
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/rtc.js

const RTC_SETUP0 = 0x04;
const RTC_SETUP1 = 0x08;
const RTC_CTRL = 0x0c;
const IRQ_SETUP_0 = 0x10;
const RTC_RTC1 = 0x18;
const RTC_RTC0 = 0x1c;
const RTC_ENABLE_BITS = 0x01;
const RTC_ACTIVE_BITS = 0x2;
const RTC_LOAD_BITS = 0x10;
const SETUP_0_YEAR_SHIFT = 12;
const SETUP_0_YEAR_MASK = 0xfff;
const SETUP_0_MONTH_SHIFT = 8;
const SETUP_0_MONTH_MASK = 0xf;
const SETUP_0_DAY_SHIFT = 0;
const SETUP_0_DAY_MASK = 0x1f;
const SETUP_1_DOTW_SHIFT = 24;
const SETUP_1_DOTW_MASK = 0x7;
const SETUP_1_HOUR_SHIFT = 16;
const SETUP_1_HOUR_MASK = 0x1f;
const SETUP_1_MIN_SHIFT = 8;
const SETUP_1_MIN_MASK = 0x3f;
const SETUP_1_SEC_SHIFT = 0;
const SETUP_1_SEC_MASK = 0x3f;
const RTC_0_YEAR_SHIFT = 12;
const RTC_0_YEAR_MASK = 0xfff;
const RTC_0_MONTH_SHIFT = 8;
const RTC_0_MONTH_MASK = 0xf;
const RTC_0_DAY_SHIFT = 0;
const RTC_0_DAY_MASK = 0x1f;
const RTC_1_DOTW_SHIFT = 24;
const RTC_1_DOTW_MASK = 0x7;
const RTC_1_HOUR_SHIFT = 16;
const RTC_1_HOUR_MASK = 0x1f;
const RTC_1_MIN_SHIFT = 8;
const RTC_1_MIN_MASK = 0x3f;
const RTC_1_SEC_SHIFT = 0;
const RTC_1_SEC_MASK = 0x3f;
class RP2040RTC extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.setup0 = 0;
        this.setup1 = 0;
        this.ctrl = 0;
        this.baseline = new Date(2021, 0, 1);
        this.baselineNanos = 0;
    }
    readUint32(offset) {
        const date = new Date(this.baseline.getTime() + (this.rp2040.clock.nanos - this.baselineNanos) / 1000000);
        switch (offset) {
            case RTC_SETUP0:
                return this.setup0;
            case RTC_SETUP1:
                return this.setup1;
            case RTC_CTRL:
                return this.ctrl;
            case IRQ_SETUP_0:
                return 0;
            case RTC_RTC1:
                return (((date.getFullYear() & RTC_0_YEAR_MASK) << RTC_0_YEAR_SHIFT) |
                    (((date.getMonth() + 1) & RTC_0_MONTH_MASK) << RTC_0_MONTH_SHIFT) |
                    ((date.getDate() & RTC_0_DAY_MASK) << RTC_0_DAY_SHIFT));
            case RTC_RTC0:
                return (((date.getDay() & RTC_1_DOTW_MASK) << RTC_1_DOTW_SHIFT) |
                    ((date.getHours() & RTC_1_HOUR_MASK) << RTC_1_HOUR_SHIFT) |
                    ((date.getMinutes() & RTC_1_MIN_MASK) << RTC_1_MIN_SHIFT) |
                    ((date.getSeconds() & RTC_1_SEC_MASK) << RTC_1_SEC_SHIFT));
            default:
                break;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case RTC_SETUP0:
                this.setup0 = value;
                break;
            case RTC_SETUP1:
                this.setup1 = value;
                break;
            case RTC_CTRL:
                // Though RTC_LOAD_BITS is type SC and should be cleared on next cycle, pico-sdk write
                // RTC_LOAD_BITS & RTC_ENABLE_BITS seperatly.
                // https://github.com/raspberrypi/pico-sdk/blob/master/src/rp2_common/hardware_rtc/rtc.c#L76-L80
                if (value & RTC_LOAD_BITS) {
                    this.ctrl |= RTC_LOAD_BITS;
                }
                if (value & RTC_ENABLE_BITS) {
                    this.ctrl |= RTC_ENABLE_BITS;
                    this.ctrl |= RTC_ACTIVE_BITS;
                    if (this.ctrl & RTC_LOAD_BITS) {
                        const year = (this.setup0 >> SETUP_0_YEAR_SHIFT) & SETUP_0_YEAR_MASK;
                        const month = (this.setup0 >> SETUP_0_MONTH_SHIFT) & SETUP_0_MONTH_MASK;
                        const day = (this.setup0 >> SETUP_0_DAY_SHIFT) & SETUP_0_DAY_MASK;
                        const hour = (this.setup1 >> SETUP_1_HOUR_SHIFT) & SETUP_1_HOUR_MASK;
                        const min = (this.setup1 >> SETUP_1_MIN_SHIFT) & SETUP_1_MIN_MASK;
                        const sec = (this.setup1 >> SETUP_1_SEC_SHIFT) & SETUP_1_SEC_MASK;
                        this.baseline = new Date(year, month - 1, day, hour, min, sec);
                        this.baselineNanos = this.rp2040.clock.nanos;
                        this.ctrl &= ~RTC_LOAD_BITS;
                    }
                }
                else {
                    this.ctrl &= ~RTC_ENABLE_BITS;
                    this.ctrl &= ~RTC_ACTIVE_BITS;
                }
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/spi.js


const SSPCR0 = 0x000; // Control register 0, SSPCR0 on page 3-4
const SSPCR1 = 0x004; // Control register 1, SSPCR1 on page 3-5
const SSPDR = 0x008; // Data register, SSPDR on page 3-6
const SSPSR = 0x00c; // Status register, SSPSR on page 3-7
const SSPCPSR = 0x010; // Clock prescale register, SSPCPSR on page 3-8
const SSPIMSC = 0x014; // Interrupt mask set or clear register, SSPIMSC on page 3-9
const SSPRIS = 0x018; // Raw interrupt status register, SSPRIS on page 3-10
const SSPMIS = 0x01c; // Masked interrupt status register, SSPMIS on page 3-11
const SSPICR = 0x020; // Interrupt clear register, SSPICR on page 3-11
const SSPDMACR = 0x024; // DMA control register, SSPDMACR on page 3-12
const SSPPERIPHID0 = 0xfe0; // Peripheral identification registers, SSPPeriphID0-3 on page 3-13
const SSPPERIPHID1 = 0xfe4; // Peripheral identification registers, SSPPeriphID0-3 on page 3-13
const SSPPERIPHID2 = 0xfe8; // Peripheral identification registers, SSPPeriphID0-3 on page 3-13
const SSPPERIPHID3 = 0xfec; // Peripheral identification registers, SSPPeriphID0-3 on page 3-13
const SSPPCELLID0 = 0xff0; // PrimeCell identification registers, SSPPCellID0-3 on page 3-16
const SSPPCELLID1 = 0xff4; // PrimeCell identification registers, SSPPCellID0-3 on page 3-16
const SSPPCELLID2 = 0xff8; // PrimeCell identification registers, SSPPCellID0-3 on page 3-16
const SSPPCELLID3 = 0xffc; // PrimeCell identification registers, SSPPCellID0-3 on page 3-16
// SSPCR0 bits:
const SCR_MASK = 0xff;
const SCR_SHIFT = 8;
const SPH = 1 << 7;
const SPO = 1 << 6;
const FRF_MASK = 0x3;
const FRF_SHIFT = 4;
const DSS_MASK = 0xf;
const DSS_SHIFT = 0;
// SSPCR1 bits:
const SOD = (/* unused pure expression or super */ null && (1 << 3));
const MS = 1 << 2;
const SSE = 1 << 1;
const LBM = (/* unused pure expression or super */ null && (1 << 0));
// SSPSR bits:
const BSY = 1 << 4;
const spi_RFF = 1 << 3;
const RNE = 1 << 2;
const TNF = 1 << 1;
const spi_TFE = 1 << 0;
// SSPCPSR bits:
const CPSDVSR_MASK = 0xfe;
const CPSDVSR_SHIFT = 0;
// SSPDMACR bits:
const TXDMAE = (/* unused pure expression or super */ null && (1 << 1));
const RXDMAE = (/* unused pure expression or super */ null && (1 << 0));
// Interrupts:
const SSPTXINTR = 1 << 3;
const SSPRXINTR = 1 << 2;
const SSPRTINTR = 1 << 1;
const SSPRORINTR = 1 << 0;
class RPSPI extends BasePeripheral {
    get intStatus() {
        return this.intRaw & this.intEnable;
    }
    get enabled() {
        return !!(this.control1 & SSE);
    }
    /** Data size in bits: 4 to 16 bits */
    get dataBits() {
        return ((this.control0 >> DSS_SHIFT) & DSS_MASK) + 1;
    }
    get masterMode() {
        return !(this.control0 & MS);
    }
    get spiMode() {
        const cpol = this.control0 & SPO;
        const cpha = this.control0 & SPH;
        return cpol ? (cpha ? 2 : 3) : cpha ? 1 : 0;
    }
    get clockFrequency() {
        if (!this.clockDivisor) {
            return 0;
        }
        const scr = (this.control0 >> SCR_SHIFT) & SCR_MASK;
        return this.rp2040.clkPeri / (this.clockDivisor * (1 + scr));
    }
    updateDMATx() {
        if (this.txFIFO.full) {
            this.rp2040.dma.clearDREQ(this.dreq.tx);
        }
        else {
            this.rp2040.dma.setDREQ(this.dreq.tx);
        }
    }
    updateDMARx() {
        if (this.rxFIFO.empty) {
            this.rp2040.dma.clearDREQ(this.dreq.rx);
        }
        else {
            this.rp2040.dma.setDREQ(this.dreq.rx);
        }
    }
    constructor(rp2040, name, irq, dreq) {
        super(rp2040, name);
        this.irq = irq;
        this.dreq = dreq;
        this.rxFIFO = new fifo_FIFO(8);
        this.txFIFO = new fifo_FIFO(8);
        // User provided callbacks
        this.onTransmit = () => this.completeTransmit(0);
        this.busy = false;
        this.control0 = 0;
        this.control1 = 0;
        this.dmaControl = 0;
        this.clockDivisor = 0;
        this.intRaw = 0;
        this.intEnable = 0;
        this.updateDMATx();
        this.updateDMARx();
    }
    doTX() {
        if (!this.busy && !this.txFIFO.empty) {
            const value = this.txFIFO.pull();
            this.busy = true;
            this.onTransmit(value);
            this.fifosUpdated();
        }
    }
    completeTransmit(rxValue) {
        this.busy = false;
        if (!this.rxFIFO.full) {
            this.rxFIFO.push(rxValue);
        }
        else {
            this.intRaw |= SSPRORINTR;
        }
        this.fifosUpdated();
        this.doTX();
    }
    checkInterrupts() {
        this.rp2040.setInterrupt(this.irq, !!this.intStatus);
    }
    fifosUpdated() {
        const prevStatus = this.intStatus;
        if (this.txFIFO.itemCount <= this.txFIFO.size / 2) {
            this.intRaw |= SSPTXINTR;
        }
        else {
            this.intRaw &= ~SSPTXINTR;
        }
        if (this.rxFIFO.itemCount >= this.rxFIFO.size / 2) {
            this.intRaw |= SSPRXINTR;
        }
        else {
            this.intRaw &= ~SSPRXINTR;
        }
        if (this.intStatus !== prevStatus) {
            this.checkInterrupts();
        }
        this.updateDMATx();
        this.updateDMARx();
    }
    readUint32(offset) {
        switch (offset) {
            case SSPCR0:
                return this.control0;
            case SSPCR1:
                return this.control1;
            case SSPDR:
                if (!this.rxFIFO.empty) {
                    const value = this.rxFIFO.pull();
                    this.fifosUpdated();
                    return value;
                }
                return 0;
            case SSPSR:
                return ((this.busy || !this.txFIFO.empty ? BSY : 0) |
                    (this.rxFIFO.full ? spi_RFF : 0) |
                    (!this.rxFIFO.empty ? RNE : 0) |
                    (!this.txFIFO.full ? TNF : 0) |
                    (this.txFIFO.empty ? spi_TFE : 0));
            case SSPCPSR:
                return this.clockDivisor;
            case SSPIMSC:
                return this.intEnable;
            case SSPRIS:
                return this.intRaw;
            case SSPMIS:
                return this.intStatus;
            case SSPDMACR:
                return this.dmaControl;
            case SSPPERIPHID0:
                return 0x22;
            case SSPPERIPHID1:
                return 0x10;
            case SSPPERIPHID2:
                return 0x34;
            case SSPPERIPHID3:
                return 0x00;
            case SSPPCELLID0:
                return 0x0d;
            case SSPPCELLID1:
                return 0xf0;
            case SSPPCELLID2:
                return 0x05;
            case SSPPCELLID3:
                return 0xb1;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case SSPCR0:
                this.control0 = value;
                return;
            case SSPCR1:
                this.control1 = value;
                return;
            case SSPDR:
                if (!this.txFIFO.full) {
                    // decoded with respect to SSPCR0.DSS
                    this.txFIFO.push(value & ((1 << this.dataBits) - 1));
                    this.doTX();
                    this.fifosUpdated();
                }
                return;
            case SSPCPSR:
                this.clockDivisor = value & CPSDVSR_MASK;
                return;
            case SSPIMSC:
                this.intEnable = value;
                this.checkInterrupts();
                return;
            case SSPDMACR:
                this.dmaControl = value;
                return;
            case SSPICR:
                this.intRaw &= ~(value & (SSPRTINTR | SSPRORINTR));
                this.checkInterrupts();
                return;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/ssi.js

/* See RP2040 datasheet sect 4.10.13 */
const SSI_CTRLR0 = 0x00000000;
const SSI_CTRLR1 = 0x00000004;
const SSI_SSIENR = 0x00000008;
const SSI_MWCR = 0x0000000c;
const SSI_SER = 0x00000010;
const SSI_BAUDR = 0x00000014;
const SSI_TXFTLR = 0x00000018;
const SSI_RXFTLR = 0x0000001c;
const SSI_TXFLR = 0x00000020;
const SSI_RXFLR = 0x00000024;
const SSI_SR = 0x00000028;
const SSI_SR_TFNF_BITS = 0x00000002;
const SSI_SR_TFE_BITS = 0x00000004;
const SSI_SR_RFNE_BITS = 0x00000008;
const SSI_IMR = 0x0000002c;
const SSI_ISR = 0x00000030;
const SSI_RISR = 0x00000034;
const SSI_TXOICR = 0x00000038;
const SSI_RXOICR = 0x0000003c;
const SSI_RXUICR = 0x00000040;
const SSI_MSTICR = 0x00000044;
const SSI_ICR = 0x00000048;
const SSI_DMACR = 0x0000004c;
const SSI_DMATDLR = 0x00000050;
const SSI_DMARDLR = 0x00000054;
/** Identification register */
const SSI_IDR = 0x00000058;
const SSI_VERSION_ID = 0x0000005c;
const SSI_DR0 = 0x00000060;
const SSI_RX_SAMPLE_DLY = 0x000000f0;
const SSI_SPI_CTRL_R0 = 0x000000f4;
const SSI_TXD_DRIVE_EDGE = 0x000000f8;
const CMD_READ_STATUS = 0x05;
class RPSSI extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.dr0 = 0;
        this.txflr = 0;
        this.rxflr = 0;
        this.baudr = 0;
        this.crtlr0 = 0;
        this.crtlr1 = 0;
        this.ssienr = 0;
        this.spictlr0 = 0;
        this.rxsampldly = 0;
        this.txddriveedge = 0;
    }
    readUint32(offset) {
        switch (offset) {
            case SSI_TXFLR:
                return this.txflr;
            case SSI_RXFLR:
                return this.rxflr;
            case SSI_CTRLR0:
                return this.crtlr0; /*  & 0x017FFFFF = b23,b25..31 reserved */
            case SSI_CTRLR1:
                return this.crtlr1;
            case SSI_SSIENR:
                return this.ssienr;
            case SSI_BAUDR:
                return this.baudr;
            case SSI_SR:
                return SSI_SR_TFE_BITS | SSI_SR_RFNE_BITS | SSI_SR_TFNF_BITS;
            case SSI_IDR:
                return 0x51535049;
            case SSI_VERSION_ID:
                return 0x3430312a;
            case SSI_RX_SAMPLE_DLY:
                return this.rxsampldly;
            case SSI_TXD_DRIVE_EDGE:
                return this.txddriveedge;
            case SSI_SPI_CTRL_R0:
                return this.spictlr0; /* b6,7,10,19..23 reserved */
            case SSI_DR0:
                return this.dr0;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case SSI_TXFLR:
                this.txflr = value;
                return;
            case SSI_RXFLR:
                this.rxflr = value;
                return;
            case SSI_CTRLR0:
                this.crtlr0 = value; /*  & 0x017FFFFF = b23,b25..31 reserved */
                return;
            case SSI_CTRLR1:
                this.crtlr1 = value;
                return;
            case SSI_SSIENR:
                this.ssienr = value;
                return;
            case SSI_BAUDR:
                this.baudr = value;
                return;
            case SSI_RX_SAMPLE_DLY:
                this.rxsampldly = value & 0xff;
                return;
            case SSI_TXD_DRIVE_EDGE:
                this.txddriveedge = value & 0xff;
                return;
            case SSI_SPI_CTRL_R0:
                this.spictlr0 = value;
                return;
            case SSI_DR0:
                if (value === CMD_READ_STATUS) {
                    this.dr0 = 0; // tell stage2 that we completed a write
                }
                return;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/syscfg.js

const PROC0_NMI_MASK = 0;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const PROC1_NMI_MASK = 4;
class RP2040SysCfg extends BasePeripheral {
    readUint32(offset) {
        switch (offset) {
            case PROC0_NMI_MASK:
                return this.rp2040.core.interruptNMIMask;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case PROC0_NMI_MASK:
                this.rp2040.core.interruptNMIMask = value;
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/sysinfo.js

const CHIP_ID = 0;
const PLATFORM = 0x4;
const GITREF_RP2040 = 0x40;
class RP2040SysInfo extends BasePeripheral {
    readUint32(offset) {
        // All the values here were verified against the silicon
        switch (offset) {
            case CHIP_ID:
                return 0x10002927;
            case PLATFORM:
                return 0x00000002;
            case GITREF_RP2040:
                return 0xe0c912e8;
        }
        return super.readUint32(offset);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/tbman.js

const tbman_PLATFORM = 0;
const ASIC = 1;
class RPTBMAN extends BasePeripheral {
    readUint32(offset) {
        switch (offset) {
            case tbman_PLATFORM:
                return ASIC;
            default:
                return super.readUint32(offset);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/timer.js


const TIMEHR = 0x08;
const TIMELR = 0x0c;
const TIMERAWH = 0x24;
const TIMERAWL = 0x28;
const ALARM0 = 0x10;
const ALARM1 = 0x14;
const ALARM2 = 0x18;
const ALARM3 = 0x1c;
const ARMED = 0x20;
const PAUSE = 0x30;
const timer_INTR = 0x34;
const timer_INTE = 0x38;
const timer_INTF = 0x3c;
const timer_INTS = 0x40;
const ALARM_0 = 1 << 0;
const ALARM_1 = 1 << 1;
const ALARM_2 = 1 << 2;
const ALARM_3 = 1 << 3;
const timerInterrupts = [IRQ.TIMER_0, IRQ.TIMER_1, IRQ.TIMER_2, IRQ.TIMER_3];
class RPTimerAlarm {
    constructor(bitValue, clockAlarm) {
        this.bitValue = bitValue;
        this.clockAlarm = clockAlarm;
        this.armed = false;
        this.targetMicros = 0;
    }
}
class RPTimer extends BasePeripheral {
    constructor(rp2040, name) {
        super(rp2040, name);
        this.latchedTimeHigh = 0;
        this.intRaw = 0;
        this.intEnable = 0;
        this.intForce = 0;
        this.paused = false;
        this.clock = rp2040.clock;
        this.alarms = [
            new RPTimerAlarm(ALARM_0, this.clock.createAlarm(() => this.fireAlarm(0))),
            new RPTimerAlarm(ALARM_1, this.clock.createAlarm(() => this.fireAlarm(1))),
            new RPTimerAlarm(ALARM_2, this.clock.createAlarm(() => this.fireAlarm(2))),
            new RPTimerAlarm(ALARM_3, this.clock.createAlarm(() => this.fireAlarm(3))),
        ];
    }
    get intStatus() {
        return (this.intRaw & this.intEnable) | this.intForce;
    }
    readUint32(offset) {
        const time = this.clock.nanos / 1000;
        switch (offset) {
            case TIMEHR:
                return this.latchedTimeHigh;
            case TIMELR:
                this.latchedTimeHigh = Math.floor(time / 2 ** 32);
                return time >>> 0;
            case TIMERAWH:
                return Math.floor(time / 2 ** 32);
            case TIMERAWL:
                return time >>> 0;
            case ALARM0:
                return this.alarms[0].targetMicros;
            case ALARM1:
                return this.alarms[1].targetMicros;
            case ALARM2:
                return this.alarms[2].targetMicros;
            case ALARM3:
                return this.alarms[3].targetMicros;
            case PAUSE:
                return this.paused ? 1 : 0;
            case timer_INTR:
                return this.intRaw;
            case timer_INTE:
                return this.intEnable;
            case timer_INTF:
                return this.intForce;
            case timer_INTS:
                return this.intStatus;
            case ARMED:
                return ((this.alarms[0].armed ? this.alarms[0].bitValue : 0) |
                    (this.alarms[1].armed ? this.alarms[1].bitValue : 0) |
                    (this.alarms[2].armed ? this.alarms[2].bitValue : 0) |
                    (this.alarms[3].armed ? this.alarms[3].bitValue : 0));
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case ALARM0:
            case ALARM1:
            case ALARM2:
            case ALARM3: {
                const alarmIndex = (offset - ALARM0) / 4;
                const alarm = this.alarms[alarmIndex];
                const deltaMicros = (value - this.clock.nanos / 1000) >>> 0;
                alarm.armed = true;
                alarm.targetMicros = value;
                alarm.clockAlarm.schedule(deltaMicros * 1000);
                break;
            }
            case ARMED:
                for (const alarm of this.alarms) {
                    if (this.rawWriteValue & alarm.bitValue) {
                        this.disarmAlarm(alarm);
                    }
                }
                break;
            case PAUSE:
                this.paused = !!(value & 1);
                if (this.paused) {
                    this.warn('Unimplemented Timer Pause');
                }
                // TODO actually pause the timer
                break;
            case timer_INTR:
                this.intRaw &= ~this.rawWriteValue;
                this.checkInterrupts();
                break;
            case timer_INTE:
                this.intEnable = value & 0xf;
                this.checkInterrupts();
                break;
            case timer_INTF:
                this.intForce = value & 0xf;
                this.checkInterrupts();
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
    fireAlarm(index) {
        const alarm = this.alarms[index];
        this.disarmAlarm(alarm);
        this.intRaw |= alarm.bitValue;
        this.checkInterrupts();
    }
    checkInterrupts() {
        const { intStatus } = this;
        for (let i = 0; i < this.alarms.length; i++) {
            this.rp2040.setInterrupt(timerInterrupts[i], !!(intStatus & (1 << i)));
        }
    }
    disarmAlarm(alarm) {
        alarm.clockAlarm.cancel();
        alarm.armed = false;
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/uart.js


const UARTDR = 0x0;
const UARTFR = 0x18;
const UARTIBRD = 0x24;
const UARTFBRD = 0x28;
const UARTLCR_H = 0x2c;
const UARTCR = 0x30;
const UARTIMSC = 0x38;
const UARTIRIS = 0x3c;
const UARTIMIS = 0x40;
const UARTICR = 0x44;
const UARTPERIPHID0 = 0xfe0;
const UARTPERIPHID1 = 0xfe4;
const UARTPERIPHID2 = 0xfe8;
const UARTPERIPHID3 = 0xfec;
const UARTPCELLID0 = 0xff0;
const UARTPCELLID1 = 0xff4;
const UARTPCELLID2 = 0xff8;
const UARTPCELLID3 = 0xffc;
// UARTFR bits:
const TXFE = 1 << 7;
const RXFF = 1 << 6;
const RXFE = 1 << 4;
// UARTLCR_H bits:
const FEN = 1 << 4;
// UARTCR bits:
const RXE = 1 << 9;
const TXE = 1 << 8;
const UARTEN = 1 << 0;
// Interrupt bits
const UARTTXINTR = 1 << 5;
const UARTRXINTR = 1 << 4;
class RPUART extends BasePeripheral {
    constructor(rp2040, name, irq, dreq) {
        super(rp2040, name);
        this.irq = irq;
        this.dreq = dreq;
        this.ctrlRegister = RXE | TXE;
        this.lineCtrlRegister = 0;
        this.rxFIFO = new fifo_FIFO(32);
        this.interruptMask = 0;
        this.interruptStatus = 0;
        this.intDivisor = 0;
        this.fracDivisor = 0;
    }
    get enabled() {
        return !!(this.ctrlRegister & UARTEN);
    }
    get txEnabled() {
        return !!(this.ctrlRegister & TXE);
    }
    get rxEnabled() {
        return !!(this.ctrlRegister & RXE);
    }
    get fifosEnabled() {
        return !!(this.lineCtrlRegister & FEN);
    }
    /**
     * Number of bits per UART character
     */
    get wordLength() {
        switch ((this.lineCtrlRegister >>> 5) & 0x3) {
            case 0b00:
                return 5;
            case 0b01:
                return 6;
            case 0b10:
                return 7;
            case 0b11:
                return 8;
        }
    }
    get baudDivider() {
        return this.intDivisor + this.fracDivisor / 64;
    }
    get baudRate() {
        return Math.round(this.rp2040.clkPeri / (this.baudDivider * 16));
    }
    /** Re-reports the baud rate, unless the firmware has not set the divider yet. */
    clkPeriChanged() {
        var _a;
        if (this.baudDivider) {
            (_a = this.onBaudRateChange) === null || _a === void 0 ? void 0 : _a.call(this, this.baudRate);
        }
    }
    get flags() {
        return (this.rxFIFO.full ? RXFF : 0) | (this.rxFIFO.empty ? RXFE : 0) | TXFE;
    }
    checkInterrupts() {
        // TODO We should actually implement a proper FIFO for TX
        this.interruptStatus |= UARTTXINTR;
        this.rp2040.setInterrupt(this.irq, !!(this.interruptStatus & this.interruptMask));
    }
    feedByte(value) {
        this.rxFIFO.push(value);
        // TODO check if the FIFO has reached the threshold level
        this.interruptStatus |= UARTRXINTR;
        this.checkInterrupts();
    }
    readUint32(offset) {
        switch (offset) {
            case UARTDR: {
                const value = this.rxFIFO.pull();
                if (!this.rxFIFO.empty) {
                    this.interruptStatus |= UARTRXINTR;
                }
                else {
                    this.interruptStatus &= ~UARTRXINTR;
                }
                this.checkInterrupts();
                return value;
            }
            case UARTFR:
                return this.flags;
            case UARTIBRD:
                return this.intDivisor;
            case UARTFBRD:
                return this.fracDivisor;
            case UARTLCR_H:
                return this.lineCtrlRegister;
            case UARTCR:
                return this.ctrlRegister;
            case UARTIMSC:
                return this.interruptMask;
            case UARTIRIS:
                return this.interruptStatus;
            case UARTIMIS:
                return this.interruptStatus & this.interruptMask;
            case UARTPERIPHID0:
                return 0x11;
            case UARTPERIPHID1:
                return 0x10;
            case UARTPERIPHID2:
                return 0x34;
            case UARTPERIPHID3:
                return 0x00;
            case UARTPCELLID0:
                return 0x0d;
            case UARTPCELLID1:
                return 0xf0;
            case UARTPCELLID2:
                return 0x05;
            case UARTPCELLID3:
                return 0xb1;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        var _a, _b, _c;
        switch (offset) {
            case UARTDR:
                (_a = this.onByte) === null || _a === void 0 ? void 0 : _a.call(this, value & 0xff);
                break;
            case UARTIBRD:
                this.intDivisor = value & 0xffff;
                (_b = this.onBaudRateChange) === null || _b === void 0 ? void 0 : _b.call(this, this.baudRate);
                break;
            case UARTFBRD:
                this.fracDivisor = value & 0x3f;
                (_c = this.onBaudRateChange) === null || _c === void 0 ? void 0 : _c.call(this, this.baudRate);
                break;
            case UARTLCR_H:
                this.lineCtrlRegister = value;
                break;
            case UARTCR:
                this.ctrlRegister = value;
                if (this.enabled) {
                    this.rp2040.dma.setDREQ(this.dreq.tx);
                }
                else {
                    this.rp2040.dma.clearDREQ(this.dreq.tx);
                }
                break;
            case UARTIMSC:
                this.interruptMask = value & 0x7ff;
                this.checkInterrupts();
                break;
            case UARTICR:
                this.interruptStatus &= ~this.rawWriteValue;
                this.checkInterrupts();
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/usb/usb-device.js
/**
 * Interface for simulated USB devices that can be connected to the RP2040 USB host controller.
 */
// USB Setup packet fields - bmRequestType bit masks
// Direction (bit 7)
const USB_DIR_OUT = 0x00;
const USB_DIR_IN = 0x80;
// Type (bits 6:5)
const USB_TYPE_STANDARD = 0x00;
const USB_TYPE_CLASS = 0x20;
const USB_TYPE_VENDOR = 0x40;
// Recipient (bits 4:0)
const USB_RECIP_DEVICE = 0x00;
const USB_RECIP_INTERFACE = 0x01;
const USB_RECIP_ENDPOINT = 0x02;
const USB_RECIP_OTHER = 0x03;
function parseSetupPacket(setup) {
    return {
        bmRequestType: setup[0],
        bRequest: setup[1],
        wValue: setup[2] | (setup[3] << 8),
        wIndex: setup[4] | (setup[5] << 8),
        wLength: setup[6] | (setup[7] << 8),
        // Helpers
        direction: setup[0] & 0x80 ? 'in' : 'out',
        type: (setup[0] >> 5) & 0x03, // 0=Standard, 1=Class, 2=Vendor
        recipient: setup[0] & 0x1f, // 0=Device, 1=Interface, 2=Endpoint, 3=Other
    };
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/usb.js



const ENDPOINT_COUNT = 16;
const USB_HOST_INTERRUPT_ENDPOINTS = 15;
// USB DPSRAM Registers - Device mode
const EP1_IN_CONTROL = 0x8;
const EP0_IN_BUFFER_CONTROL = 0x80;
const EP0_OUT_BUFFER_CONTROL = 0x84;
const EP15_OUT_BUFFER_CONTROL = 0xfc;
// USB DPRAM Registers - Host mode
// Host DPRAM layout (from pico-sdk hardware/structs/usb.h):
// 0x00-0x07: setup_packet (8 bytes)
// 0x08-0x7f: int_ep_ctrl[15] (15 × 8 bytes, ctrl + spare per entry)
// 0x80: epx_buf_ctrl (4 bytes)
// 0x84: _spare0 (4 bytes)
// 0x88-0xff: int_ep_buffer_ctrl[15] (15 × 8 bytes, ctrl + spare per entry)
// 0x100: epx_ctrl (4 bytes)
// 0x104-0x17f: _spare1 (124 bytes)
// 0x180+: epx_data buffer (up to end of DPRAM)
const HOST_SETUP_PACKET = 0x00;
const HOST_INT_EP_CTRL_BASE = 0x08; // int_ep_ctrl[0] at 0x08, stride 8
const HOST_INT_EP_BUF_CTRL_BASE = 0x88; // int_ep_buffer_ctrl[0] at 0x88, stride 8
const HOST_EPX_BUF_CTRL = 0x80;
const HOST_EPX_DATA = 0x180;
// Endpoint Control bits
const USB_CTRL_DOUBLE_BUF = 1 << 30;
const USB_CTRL_INTERRUPT_PER_TRANSFER = 1 << 29;
const EP_CTRL_ENABLE_BITS = (/* unused pure expression or super */ null && (1 << 31));
const EP_CTRL_BUFFER_TYPE_LSB = 26;
const EP_CTRL_HOST_INTERRUPT_INTERVAL_LSB = 16;
// Buffer Control bits
const USB_BUF_CTRL_AVAILABLE = 1 << 10;
const USB_BUF_CTRL_FULL = 1 << 15;
const USB_BUF_CTRL_LEN_MASK = 0x3ff;
const USB_BUF_CTRL_DATA1_PID = 1 << 13;
const USB_BUF_CTRL_LAST = (/* unused pure expression or super */ null && (1 << 14));
// Buffer1
const USB_BUF1_SHIFT = 16;
const USB_BUF1_OFFSET = 64;
// USB Peripheral Registers
const ADDR_ENDP = 0x0;
const ADDR_ENDP1 = 0x04;
const ADDR_ENDP15 = 0x3c;
const MAIN_CTRL = 0x40;
const SOF_WR = 0x44;
const SOF_RD = 0x48;
const SIE_CTRL = 0x4c;
const SIE_STATUS = 0x50;
const INT_EP_CTRL = 0x54;
const BUFF_STATUS = 0x58;
const BUFF_CPU_SHOULD_HANDLE = 0x5c;
const EP_ABORT = 0x60;
const EP_ABORT_DONE = 0x64;
const EP_STALL_ARM = 0x68;
const NAK_POLL = 0x6c;
const EP_STATUS_STALL_NAK = 0x70;
const USB_MUXING = 0x74;
const USB_PWR = 0x78;
const USBPHY_DIRECT = 0x7c;
const USBPHY_DIRECT_OVERRIDE = 0x80;
const USBPHY_TRIM = 0x84;
const usb_INTR = 0x8c;
const usb_INTE = 0x90;
const usb_INTF = 0x94;
const usb_INTS = 0x98;
// MAIN_CTRL bits
const SIM_TIMING = 1 << 31;
const HOST_NDEVICE = 1 << 1;
const CONTROLLER_EN = 1 << 0;
// SIE_CTRL bits (host mode)
const SIE_CTRL_EP0_INT_STALL = (/* unused pure expression or super */ null && (1 << 31));
const SIE_CTRL_EP0_DOUBLE_BUF = (/* unused pure expression or super */ null && (1 << 30));
const SIE_CTRL_EP0_INT_1BUF = (/* unused pure expression or super */ null && (1 << 29));
const SIE_CTRL_EP0_INT_2BUF = (/* unused pure expression or super */ null && (1 << 28));
const SIE_CTRL_EP0_INT_NAK = (/* unused pure expression or super */ null && (1 << 27));
const SIE_CTRL_DIRECT_EN = (/* unused pure expression or super */ null && (1 << 26));
const SIE_CTRL_DIRECT_DP = (/* unused pure expression or super */ null && (1 << 25));
const SIE_CTRL_DIRECT_DM = (/* unused pure expression or super */ null && (1 << 24));
const SIE_CTRL_TRANSCEIVER_PD = (/* unused pure expression or super */ null && (1 << 18));
const SIE_CTRL_RPU_OPT = (/* unused pure expression or super */ null && (1 << 17));
const SIE_CTRL_PULLUP_EN = (/* unused pure expression or super */ null && (1 << 16));
const SIE_CTRL_PULLDOWN_EN = (/* unused pure expression or super */ null && (1 << 15));
const SIE_CTRL_RESET_BUS = 1 << 13;
const SIE_CTRL_RESUME = (/* unused pure expression or super */ null && (1 << 12));
const SIE_CTRL_VBUS_EN = (/* unused pure expression or super */ null && (1 << 11));
const SIE_CTRL_KEEP_ALIVE_EN = (/* unused pure expression or super */ null && (1 << 10));
const SIE_CTRL_SOF_EN = 1 << 9;
const SIE_CTRL_SOF_SYNC = (/* unused pure expression or super */ null && (1 << 8));
const SIE_CTRL_PREAMBLE_EN = (/* unused pure expression or super */ null && (1 << 6));
const SIE_CTRL_STOP_TRANS = (/* unused pure expression or super */ null && (1 << 4));
const SIE_CTRL_RECEIVE_DATA = 1 << 3;
const SIE_CTRL_SEND_DATA = 1 << 2;
const SIE_CTRL_SEND_SETUP = 1 << 1;
const SIE_CTRL_START_TRANS = 1 << 0;
// SIE_STATUS bits
const SIE_DATA_SEQ_ERROR = 1 << 31;
const SIE_ACK_REC = 1 << 30;
const SIE_STALL_REC = 1 << 29;
const SIE_NAK_REC = 1 << 28;
const SIE_RX_TIMEOUT = 1 << 27;
const SIE_RX_OVERFLOW = 1 << 26;
const SIE_BIT_STUFF_ERROR = 1 << 25;
const SIE_CRC_ERROR = 1 << 24;
const SIE_BUS_RESET = 1 << 19;
const SIE_TRANS_COMPLETE = 1 << 18;
const SIE_SETUP_REC = 1 << 17;
const SIE_CONNECTED = 1 << 16;
const SIE_RESUME = 1 << 11;
const SIE_VBUS_OVER_CURR = (/* unused pure expression or super */ null && (1 << 10));
const SIE_SPEED = (/* unused pure expression or super */ null && (1 << 9));
const SIE_SPEED_LS_VALUE = 1; // Low speed
const SIE_SPEED_FS_VALUE = 2; // Full speed
const SIE_SUSPENDED = 1 << 4;
const SIE_LINE_STATE_MASK = 0x3;
const SIE_LINE_STATE_SHIFT = 2;
const SIE_VBUS_DETECTED = 1 << 0;
// USB_MUXING bits
const SOFTCON = (/* unused pure expression or super */ null && (1 << 3));
const TO_DIGITAL_PAD = 1 << 2;
const TO_EXTPHY = (/* unused pure expression or super */ null && (1 << 1));
const TO_PHY = 1 << 0;
// USB_PWR bits
const PWR_VBUS_DETECT = 1 << 3;
const PWR_VBUS_DETECT_OVERRIDE_EN = 1 << 2;
const PWR_OVERCURR_DETECT = (/* unused pure expression or super */ null && (1 << 1));
const PWR_OVERCURR_DETECT_EN = (/* unused pure expression or super */ null && (1 << 0));
// INTR bits (directly from RP2040 datasheet)
const INTR_EP_STALL_NAK = (/* unused pure expression or super */ null && (1 << 19));
const INTR_ABORT_DONE = (/* unused pure expression or super */ null && (1 << 18));
const INTR_DEV_SOF = (/* unused pure expression or super */ null && (1 << 17));
const INTR_SETUP_REQ = 1 << 16;
const INTR_DEV_RESUME_FROM_HOST = 1 << 15;
const INTR_DEV_SUSPEND = 1 << 14;
const INTR_DEV_CONN_DIS = 1 << 13;
const INTR_BUS_RESET = 1 << 12;
const INTR_VBUS_DETECT = 1 << 11;
const INTR_STALL = 1 << 10;
const INTR_ERROR_CRC = 1 << 9;
const INTR_ERROR_BIT_STUFF = 1 << 8;
const INTR_ERROR_RX_OVERFLOW = 1 << 7;
const INTR_ERROR_RX_TIMEOUT = 1 << 6;
const INTR_ERROR_DATA_SEQ = 1 << 5;
const INTR_BUFF_STATUS = 1 << 4;
const INTR_TRANS_COMPLETE = 1 << 3;
const INTR_HOST_SOF = 1 << 2;
const INTR_HOST_RESUME = (/* unused pure expression or super */ null && (1 << 1));
const INTR_HOST_CONN_DIS = 1 << 0;
// SIE Line states
var SIELineState;
(function (SIELineState) {
    SIELineState[SIELineState["SE0"] = 0] = "SE0";
    SIELineState[SIELineState["J"] = 1] = "J";
    SIELineState[SIELineState["K"] = 2] = "K";
    SIELineState[SIELineState["SE1"] = 3] = "SE1";
})(SIELineState || (SIELineState = {}));
const SIE_WRITECLEAR_MASK = SIE_DATA_SEQ_ERROR |
    SIE_ACK_REC |
    SIE_STALL_REC |
    SIE_NAK_REC |
    SIE_RX_TIMEOUT |
    SIE_RX_OVERFLOW |
    SIE_BIT_STUFF_ERROR |
    SIE_CONNECTED |
    SIE_CRC_ERROR |
    SIE_BUS_RESET |
    SIE_TRANS_COMPLETE |
    SIE_SETUP_REC |
    SIE_RESUME;
class USBEndpointAlarm {
    constructor(alarm) {
        this.alarm = alarm;
        this.buffers = [];
    }
    schedule(buffer, delayNanos) {
        this.buffers.push(buffer);
        this.alarm.schedule(delayNanos);
    }
}
class RPUSBController extends BasePeripheral {
    get intStatus() {
        return (this.intRaw & this.intEnable) | this.intForce;
    }
    constructor(rp2040, name) {
        super(rp2040, name);
        // Common registers
        this.addrEndp = 0;
        this.mainCtrl = 0;
        this.intRaw = 0;
        this.intEnable = 0;
        this.intForce = 0;
        this.sieStatus = 0;
        this.buffStatus = 0;
        // Host mode registers
        this.sieCtrl = 0;
        this.sofFrameNumber = 0;
        this.devAddrCtrl = 0; // Device address and endpoint for non-interrupt transfers
        this.intEpAddrCtrl = new Array(USB_HOST_INTERRUPT_ENDPOINTS).fill(0);
        this.intEpCtrl = 0; // Interrupt endpoint control (enable bits)
        this.usbPwr = 0;
        this.nakPoll = 0;
        this.epAbort = 0;
        this.epAbortDone = 0;
        this.epStallArm = 0;
        this.epStatusStallNak = 0;
        // Host mode state
        this.hostMode = false;
        this.sofEnabled = false;
        this.connectedDevice = null;
        this.pendingSetupResponse = null;
        this.controlDataPid = 1; // DATA0/DATA1 toggle for control transfers
        this.expectingStatusPhase = false; // True when expecting IN status for control OUT
        this.readDelayMicroseconds = 10;
        this.writeDelayMicroseconds = 10; // Determined empirically
        this.hostTransactionDelayMicroseconds = 5; // Host transaction delay
        const clock = rp2040.clock;
        this.endpointReadAlarms = [];
        this.endpointWriteAlarms = [];
        for (let i = 0; i < ENDPOINT_COUNT; ++i) {
            this.endpointReadAlarms.push(new USBEndpointAlarm(clock.createAlarm(() => {
                const buffer = this.endpointReadAlarms[i].buffers.shift();
                if (buffer) {
                    this.finishRead(i, buffer);
                }
            })));
            this.endpointWriteAlarms.push(new USBEndpointAlarm(clock.createAlarm(() => {
                var _a;
                for (const buffer of this.endpointWriteAlarms[i].buffers) {
                    (_a = this.onEndpointWrite) === null || _a === void 0 ? void 0 : _a.call(this, i, buffer);
                }
                this.endpointWriteAlarms[i].buffers = [];
            })));
        }
        this.resetAlarm = clock.createAlarm(() => {
            this.sieStatus |= SIE_BUS_RESET;
            this.sieStatusUpdated();
        });
        // Host mode alarms
        this.sofAlarm = clock.createAlarm(() => {
            this.generateSOF();
        });
        this.hostTransactionAlarm = clock.createAlarm(() => {
            this.completeHostTransaction();
        });
    }
    readUint32(offset) {
        // Handle interrupt endpoint address registers (ADDR_ENDP1 through ADDR_ENDP15)
        if (offset >= ADDR_ENDP1 && offset <= ADDR_ENDP15 && (offset & 0x3) === 0) {
            const epIndex = (offset - ADDR_ENDP1) >> 2;
            return this.intEpAddrCtrl[epIndex];
        }
        switch (offset) {
            case ADDR_ENDP:
                return this.hostMode ? this.devAddrCtrl : this.addrEndp & 0b1111000000001111111;
            case MAIN_CTRL:
                return this.mainCtrl;
            case SOF_WR:
                return 0; // Write-only
            case SOF_RD:
                return this.sofFrameNumber & 0x7ff;
            case SIE_CTRL:
                return this.sieCtrl;
            case SIE_STATUS:
                // In host mode, reading SIE_STATUS acknowledges the connection event
                // Clear HOST_CONN_DIS interrupt once firmware reads the status
                if (this.hostMode && this.intRaw & INTR_HOST_CONN_DIS) {
                    this.intRaw &= ~INTR_HOST_CONN_DIS;
                    this.checkInterrupts();
                }
                return this.sieStatus;
            case INT_EP_CTRL:
                return this.intEpCtrl;
            case BUFF_STATUS:
                return this.buffStatus;
            case BUFF_CPU_SHOULD_HANDLE:
                return 0;
            case EP_ABORT:
                return this.epAbort;
            case EP_ABORT_DONE:
                return this.epAbortDone;
            case EP_STALL_ARM:
                return this.epStallArm;
            case NAK_POLL:
                return this.nakPoll;
            case EP_STATUS_STALL_NAK:
                return this.epStatusStallNak;
            case USB_PWR:
                return this.usbPwr;
            case usb_INTR:
                return this.intRaw;
            case usb_INTE:
                return this.intEnable;
            case usb_INTF:
                return this.intForce;
            case usb_INTS:
                return this.intStatus;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        var _a, _b;
        // Handle interrupt endpoint address registers (ADDR_ENDP1 through ADDR_ENDP15)
        if (offset >= ADDR_ENDP1 && offset <= ADDR_ENDP15 && (offset & 0x3) === 0) {
            const epIndex = (offset - ADDR_ENDP1) >> 2;
            this.intEpAddrCtrl[epIndex] = value;
            return;
        }
        switch (offset) {
            case ADDR_ENDP:
                if (this.hostMode) {
                    this.devAddrCtrl = value;
                }
                else {
                    this.addrEndp = value;
                }
                break;
            case MAIN_CTRL:
                this.mainCtrl = value & (SIM_TIMING | CONTROLLER_EN | HOST_NDEVICE);
                this.hostMode = !!(value & HOST_NDEVICE);
                if (value & CONTROLLER_EN) {
                    if (this.hostMode) {
                        this.debug('USB Host mode enabled');
                        // In host mode, check if a device is already connected
                        if (this.connectedDevice) {
                            this.onDeviceConnected();
                        }
                    }
                    else {
                        (_a = this.onUSBEnabled) === null || _a === void 0 ? void 0 : _a.call(this);
                    }
                }
                break;
            case SOF_WR:
                this.sofFrameNumber = value & 0x7ff;
                break;
            case SIE_CTRL:
                this.handleSieCtrlWrite(value);
                break;
            case INT_EP_CTRL:
                this.intEpCtrl = value;
                break;
            case BUFF_STATUS:
                this.buffStatus &= ~this.rawWriteValue;
                this.buffStatusUpdated();
                break;
            case EP_ABORT:
                this.epAbort = value;
                // Immediately mark as done
                this.epAbortDone |= value;
                break;
            case EP_ABORT_DONE:
                this.epAbortDone &= ~this.rawWriteValue;
                break;
            case EP_STALL_ARM:
                this.epStallArm = value;
                break;
            case NAK_POLL:
                this.nakPoll = value;
                break;
            case EP_STATUS_STALL_NAK:
                this.epStatusStallNak &= ~this.rawWriteValue;
                break;
            case USB_MUXING:
                // Workaround for busy wait in hw_enumeration_fix_force_ls_j() / hw_enumeration_fix_finish():
                if (value & TO_DIGITAL_PAD && !(value & TO_PHY)) {
                    this.sieStatus |= SIE_CONNECTED;
                }
                break;
            case USB_PWR:
                this.usbPwr = value;
                // VBUS detect override - set VBUS detected in SIE_STATUS
                if (value & PWR_VBUS_DETECT_OVERRIDE_EN) {
                    if (value & PWR_VBUS_DETECT) {
                        this.sieStatus |= SIE_VBUS_DETECTED;
                    }
                    else {
                        this.sieStatus &= ~SIE_VBUS_DETECTED;
                    }
                }
                break;
            case SIE_STATUS:
                this.sieStatus &= ~(this.rawWriteValue & SIE_WRITECLEAR_MASK);
                if (this.rawWriteValue & SIE_BUS_RESET) {
                    if (!this.hostMode) {
                        (_b = this.onResetReceived) === null || _b === void 0 ? void 0 : _b.call(this);
                    }
                    this.sieStatus &= ~(SIE_LINE_STATE_MASK << SIE_LINE_STATE_SHIFT);
                    this.sieStatus |= (SIELineState.J << SIE_LINE_STATE_SHIFT) | SIE_CONNECTED;
                }
                this.sieStatusUpdated();
                break;
            case usb_INTE:
                this.intEnable = value & 0xfffff;
                this.checkInterrupts();
                break;
            case usb_INTF:
                this.intForce = value & 0xfffff;
                this.checkInterrupts();
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
    readEndpointControlReg(endpoint, out) {
        const controlRegOffset = EP1_IN_CONTROL + 8 * (endpoint - 1) + (out ? 4 : 0);
        return this.rp2040.usbDPRAMView.getUint32(controlRegOffset, true);
    }
    getEndpointBufferOffset(endpoint, out) {
        if (endpoint === 0) {
            return 0x100;
        }
        return this.readEndpointControlReg(endpoint, out) & 0xffc0;
    }
    DPRAMUpdated(offset, value) {
        var _a, _b;
        // Skip device-mode buffer control handling in host mode
        if (this.hostMode) {
            return;
        }
        if (value & USB_BUF_CTRL_AVAILABLE &&
            offset >= EP0_IN_BUFFER_CONTROL &&
            offset <= EP15_OUT_BUFFER_CONTROL) {
            const endpoint = (offset - EP0_IN_BUFFER_CONTROL) >> 3;
            const bufferOut = offset & 4 ? true : false;
            let doubleBuffer = false;
            let interrupt = true;
            if (endpoint != 0) {
                const control = this.readEndpointControlReg(endpoint, bufferOut);
                doubleBuffer = !!(control & USB_CTRL_DOUBLE_BUF);
                interrupt = !!(control & USB_CTRL_INTERRUPT_PER_TRANSFER);
            }
            if (doubleBuffer && (value >> USB_BUF1_SHIFT) & USB_BUF_CTRL_AVAILABLE) {
                const bufferLength = (value >> USB_BUF1_SHIFT) & USB_BUF_CTRL_LEN_MASK;
                const bufferOffset = this.getEndpointBufferOffset(endpoint, bufferOut) + USB_BUF1_OFFSET;
                this.debug(`Start USB transfer, endPoint=${endpoint}, direction=${bufferOut ? 'out' : 'in'} buffer=${bufferOffset.toString(16)} length=${bufferLength}`);
                value &= ~(USB_BUF_CTRL_AVAILABLE << USB_BUF1_SHIFT);
                this.rp2040.usbDPRAMView.setUint32(offset, value, true);
                if (bufferOut) {
                    (_a = this.onEndpointRead) === null || _a === void 0 ? void 0 : _a.call(this, endpoint, bufferLength);
                }
                else {
                    value &= ~(USB_BUF_CTRL_FULL << USB_BUF1_SHIFT);
                    this.rp2040.usbDPRAMView.setUint32(offset, value, true);
                    const buffer = this.rp2040.usbDPRAM.slice(bufferOffset, bufferOffset + bufferLength);
                    this.indicateBufferReady(endpoint, false);
                    this.endpointWriteAlarms[endpoint].schedule(buffer, this.writeDelayMicroseconds * 1000);
                }
            }
            const bufferLength = value & USB_BUF_CTRL_LEN_MASK;
            const bufferOffset = this.getEndpointBufferOffset(endpoint, bufferOut);
            this.debug(`Start USB transfer, endPoint=${endpoint}, direction=${bufferOut ? 'out' : 'in'} buffer=${bufferOffset.toString(16)} length=${bufferLength}`);
            value &= ~USB_BUF_CTRL_AVAILABLE;
            this.rp2040.usbDPRAMView.setUint32(offset, value, true);
            if (bufferOut) {
                (_b = this.onEndpointRead) === null || _b === void 0 ? void 0 : _b.call(this, endpoint, bufferLength);
            }
            else {
                value &= ~USB_BUF_CTRL_FULL;
                this.rp2040.usbDPRAMView.setUint32(offset, value, true);
                const buffer = this.rp2040.usbDPRAM.slice(bufferOffset, bufferOffset + bufferLength);
                if (interrupt || !doubleBuffer) {
                    this.indicateBufferReady(endpoint, false);
                }
                this.endpointWriteAlarms[endpoint].schedule(buffer, this.writeDelayMicroseconds * 1000);
            }
        }
    }
    endpointReadDone(endpoint, buffer, delay = this.readDelayMicroseconds) {
        this.endpointReadAlarms[endpoint].schedule(buffer, delay * 1000);
    }
    finishRead(endpoint, buffer) {
        const bufferOffset = this.getEndpointBufferOffset(endpoint, true);
        const bufControlReg = EP0_OUT_BUFFER_CONTROL + endpoint * 8;
        let bufControl = this.rp2040.usbDPRAMView.getUint32(bufControlReg, true);
        const requestedLength = bufControl & USB_BUF_CTRL_LEN_MASK;
        const newLength = Math.min(buffer.length, requestedLength);
        bufControl |= USB_BUF_CTRL_FULL;
        bufControl = (bufControl & ~USB_BUF_CTRL_LEN_MASK) | (newLength & USB_BUF_CTRL_LEN_MASK);
        this.rp2040.usbDPRAMView.setUint32(bufControlReg, bufControl, true);
        this.rp2040.usbDPRAM.set(buffer.subarray(0, newLength), bufferOffset);
        this.indicateBufferReady(endpoint, true);
    }
    checkInterrupts() {
        const { intStatus } = this;
        this.rp2040.setInterrupt(IRQ.USBCTRL, !!intStatus);
    }
    resetDevice() {
        this.resetAlarm.schedule(10000000); // USB reset takes ~10ms
    }
    sendSetupPacket(setupPacket) {
        this.rp2040.usbDPRAM.set(setupPacket);
        this.sieStatus |= SIE_SETUP_REC;
        this.sieStatusUpdated();
    }
    indicateBufferReady(endpoint, out) {
        this.buffStatus |= 1 << (endpoint * 2 + (out ? 1 : 0));
        this.buffStatusUpdated();
    }
    buffStatusUpdated() {
        if (this.buffStatus) {
            this.intRaw |= INTR_BUFF_STATUS;
        }
        else {
            this.intRaw &= ~INTR_BUFF_STATUS;
        }
        this.checkInterrupts();
    }
    sieStatusUpdated() {
        if (this.hostMode) {
            // Host mode interrupt mapping
            const intRegisterMap = [
                [SIE_TRANS_COMPLETE, INTR_TRANS_COMPLETE],
                [SIE_STALL_REC, INTR_STALL],
                [SIE_CRC_ERROR, INTR_ERROR_CRC],
                [SIE_BIT_STUFF_ERROR, INTR_ERROR_BIT_STUFF],
                [SIE_RX_OVERFLOW, INTR_ERROR_RX_OVERFLOW],
                [SIE_RX_TIMEOUT, INTR_ERROR_RX_TIMEOUT],
                [SIE_DATA_SEQ_ERROR, INTR_ERROR_DATA_SEQ],
            ];
            for (const [sieBit, intRawBit] of intRegisterMap) {
                if (this.sieStatus & sieBit) {
                    this.intRaw |= intRawBit;
                }
                else {
                    this.intRaw &= ~intRawBit;
                }
            }
        }
        else {
            // Device mode interrupt mapping
            const intRegisterMap = [
                [SIE_SETUP_REC, INTR_SETUP_REQ],
                [SIE_RESUME, INTR_DEV_RESUME_FROM_HOST],
                [SIE_SUSPENDED, INTR_DEV_SUSPEND],
                [SIE_CONNECTED, INTR_DEV_CONN_DIS],
                [SIE_BUS_RESET, INTR_BUS_RESET],
                [SIE_VBUS_DETECTED, INTR_VBUS_DETECT],
                [SIE_STALL_REC, INTR_STALL],
                [SIE_CRC_ERROR, INTR_ERROR_CRC],
                [SIE_BIT_STUFF_ERROR, INTR_ERROR_BIT_STUFF],
                [SIE_RX_OVERFLOW, INTR_ERROR_RX_OVERFLOW],
                [SIE_RX_TIMEOUT, INTR_ERROR_RX_TIMEOUT],
                [SIE_DATA_SEQ_ERROR, INTR_ERROR_DATA_SEQ],
            ];
            for (const [sieBit, intRawBit] of intRegisterMap) {
                if (this.sieStatus & sieBit) {
                    this.intRaw |= intRawBit;
                }
                else {
                    this.intRaw &= ~intRawBit;
                }
            }
        }
        this.checkInterrupts();
    }
    // ============ Host Mode Methods ============
    /**
     * Connect a simulated USB device to the host controller.
     */
    connectDevice(device) {
        this.connectedDevice = device;
        if (this.hostMode && this.mainCtrl & CONTROLLER_EN) {
            this.onDeviceConnected();
        }
    }
    /**
     * Disconnect the simulated USB device from the host controller.
     */
    disconnectDevice() {
        if (this.connectedDevice && this.hostMode) {
            this.connectedDevice = null;
            // Clear speed bits to indicate disconnection
            this.sieStatus &= ~(0x3 << 8); // Clear speed bits
            this.intRaw |= INTR_HOST_CONN_DIS;
            this.checkInterrupts();
        }
        this.connectedDevice = null;
    }
    onDeviceConnected() {
        // Set full-speed device connected (value 2 in speed field, bits 9:8)
        this.sieStatus &= ~(0x3 << 8);
        this.sieStatus |= SIE_SPEED_FS_VALUE << 8;
        this.intRaw |= INTR_HOST_CONN_DIS;
        this.checkInterrupts();
        this.debug('USB device connected (full-speed)');
    }
    handleSieCtrlWrite(value) {
        this.sieCtrl = value;
        // Handle SOF enable/disable
        if (value & SIE_CTRL_SOF_EN && !this.sofEnabled) {
            this.sofEnabled = true;
            this.scheduleSofPacket();
            this.debug('SOF generation enabled');
        }
        else if (!(value & SIE_CTRL_SOF_EN) && this.sofEnabled) {
            this.sofEnabled = false;
            this.debug('SOF generation disabled');
        }
        // Handle bus reset
        if (value & SIE_CTRL_RESET_BUS) {
            this.debug('USB bus reset initiated');
            if (this.connectedDevice) {
                this.connectedDevice.onReset();
            }
            this.controlDataPid = 1; // Reset data toggle
        }
        // Handle start transaction
        if (value & SIE_CTRL_START_TRANS) {
            this.startHostTransaction();
        }
    }
    scheduleSofPacket() {
        if (this.sofEnabled) {
            // SOF every 1ms = 1,000,000 ns
            this.sofAlarm.schedule(1000000);
        }
    }
    generateSOF() {
        this.sofFrameNumber = (this.sofFrameNumber + 1) & 0x7ff;
        this.intRaw |= INTR_HOST_SOF;
        this.checkInterrupts();
        // Poll interrupt endpoints
        this.pollInterruptEndpoints();
        // Schedule next SOF
        this.scheduleSofPacket();
    }
    pollInterruptEndpoints() {
        var _a;
        // Debug: log if any interrupt endpoints are enabled
        if (this.intEpCtrl && this.sofFrameNumber % 100 === 0) {
            this.debug(`INT_EP poll: intEpCtrl=0x${this.intEpCtrl.toString(16)} sofFrame=${this.sofFrameNumber}`);
        }
        // Check each enabled interrupt endpoint
        for (let i = 0; i < USB_HOST_INTERRUPT_ENDPOINTS; i++) {
            const epCtrlBit = 1 << (i + 1);
            if (!(this.intEpCtrl & epCtrlBit))
                continue;
            const addrEndp = this.intEpAddrCtrl[i];
            const devAddr = addrEndp & 0x7f;
            const epNum = (addrEndp >> 16) & 0xf;
            const isOut = !!(addrEndp & (1 << 25)); // INTEP_DIR bit
            // Debug: log endpoint config
            if (this.sofFrameNumber % 500 === 0) {
                this.debug(`INT_EP[${i}]: addrEndp=0x${addrEndp.toString(16)} devAddr=${devAddr} epNum=${epNum} connectedAddr=${(_a = this.connectedDevice) === null || _a === void 0 ? void 0 : _a.address}`);
            }
            if (!this.connectedDevice || this.connectedDevice.address !== devAddr)
                continue;
            // Get the endpoint control register for interval checking
            const epCtrlOffset = HOST_INT_EP_CTRL_BASE + i * 8;
            const epCtrl = this.rp2040.usbDPRAMView.getUint32(epCtrlOffset, true);
            const interval = ((epCtrl >> EP_CTRL_HOST_INTERRUPT_INTERVAL_LSB) & 0x1ff) + 1;
            // Check if it's time to poll (simplified: poll every SOF for now)
            if (this.sofFrameNumber % interval !== 0)
                continue;
            // Get buffer control
            const bufCtrlOffset = HOST_INT_EP_BUF_CTRL_BASE + i * 8;
            const bufCtrl = this.rp2040.usbDPRAMView.getUint32(bufCtrlOffset, true);
            // Debug: log buffer status
            if (this.sofFrameNumber % 500 === 0) {
                this.debug(`INT_EP[${i}]: bufCtrl=0x${bufCtrl.toString(16)} available=${!!(bufCtrl & USB_BUF_CTRL_AVAILABLE)}`);
            }
            // Only poll if buffer is available
            if (!(bufCtrl & USB_BUF_CTRL_AVAILABLE))
                continue;
            // For IN endpoints, request data from device
            if (!isOut) {
                const epAddr = 0x80 | epNum; // IN endpoint
                const result = this.connectedDevice.handleDataIn(epAddr);
                if (result.status === 'ack' && result.data) {
                    // Write data to the interrupt endpoint buffer
                    const bufferOffset = epCtrl & 0xffc0;
                    this.rp2040.usbDPRAM.set(result.data, bufferOffset);
                    // Update buffer control
                    let newBufCtrl = bufCtrl & ~USB_BUF_CTRL_AVAILABLE;
                    newBufCtrl |= USB_BUF_CTRL_FULL;
                    newBufCtrl =
                        (newBufCtrl & ~USB_BUF_CTRL_LEN_MASK) | (result.data.length & USB_BUF_CTRL_LEN_MASK);
                    this.rp2040.usbDPRAMView.setUint32(bufCtrlOffset, newBufCtrl, true);
                    // Set buffer status for this interrupt endpoint
                    // Interrupt EPs use bits 2+ in buff_status (bit 0 is epx IN, bit 1 is epx OUT)
                    this.buffStatus |= 1 << ((i + 1) * 2);
                    this.buffStatusUpdated();
                }
            }
        }
    }
    startHostTransaction() {
        if (!this.hostMode)
            return;
        const devAddr = this.devAddrCtrl & 0x7f;
        const epNum = (this.devAddrCtrl >> 16) & 0xf;
        this.debug(`Host transaction: dev=${devAddr} ep=${epNum} sieCtrl=0x${this.sieCtrl.toString(16)}`);
        if (!this.connectedDevice) {
            // No device connected - timeout
            this.sieStatus |= SIE_RX_TIMEOUT;
            this.sieStatusUpdated();
            return;
        }
        // Determine transaction type
        if (this.sieCtrl & SIE_CTRL_SEND_SETUP) {
            this.handleSetupTransaction(devAddr);
        }
        else if (this.sieCtrl & SIE_CTRL_RECEIVE_DATA) {
            this.handleInTransaction(devAddr, epNum);
        }
        else if (this.sieCtrl & SIE_CTRL_SEND_DATA) {
            this.handleOutTransaction(devAddr, epNum);
        }
    }
    handleSetupTransaction(_devAddr) {
        var _a, _b;
        // Read setup packet from DPRAM
        const setupPacket = this.rp2040.usbDPRAM.slice(HOST_SETUP_PACKET, HOST_SETUP_PACKET + 8);
        const setup = parseSetupPacket(setupPacket);
        this.debug(`SETUP: bmRequestType=0x${setup.bmRequestType.toString(16)} bRequest=${setup.bRequest} wValue=0x${setup.wValue.toString(16)} wIndex=${setup.wIndex} wLength=${setup.wLength}`);
        // Forward to device
        const result = this.connectedDevice.handleSetupPacket(setupPacket);
        // Handle SET_ADDRESS specially
        if (setup.bRequest === 5 /* StandardRequest.SetAddress */ && setup.type === 0) {
            const newAddr = setup.wValue & 0x7f;
            this.connectedDevice.address = newAddr;
            (_b = (_a = this.connectedDevice).onAddressAssigned) === null || _b === void 0 ? void 0 : _b.call(_a, newAddr);
            this.debug(`Device address set to ${newAddr}`);
        }
        // Store response data for subsequent IN transaction
        if (setup.direction === 'in' && result.data) {
            this.pendingSetupResponse = result.data;
            this.expectingStatusPhase = false;
        }
        else {
            this.pendingSetupResponse = null;
            // Control OUT transfer - next IN will be status phase (zero-length ACK)
            this.expectingStatusPhase = true;
        }
        // Reset data toggle for data phase
        this.controlDataPid = 1;
        // SETUP always gets ACK (or STALL if error, but we handle that later)
        this.sieStatus |= SIE_ACK_REC;
        // Schedule transaction completion
        this.hostTransactionAlarm.schedule(this.hostTransactionDelayMicroseconds * 1000);
    }
    handleInTransaction(devAddr, epNum) {
        const epAddr = 0x80 | epNum;
        let result;
        if (epNum === 0 && this.expectingStatusPhase) {
            // Control OUT status phase - return zero-length ACK
            result = { status: 'ack', data: new Uint8Array(0) };
            this.expectingStatusPhase = false;
            this.debug('Control OUT status phase (ZLP)');
        }
        else if (epNum === 0 && this.pendingSetupResponse) {
            // Control IN - return pending setup response
            result = { status: 'ack', data: this.pendingSetupResponse };
            // Get requested length from buffer control
            const bufCtrl = this.rp2040.usbDPRAMView.getUint32(HOST_EPX_BUF_CTRL, true);
            const maxLen = bufCtrl & USB_BUF_CTRL_LEN_MASK;
            // Trim data to requested length
            if (result.data && result.data.length > maxLen) {
                result.data = result.data.slice(0, maxLen);
            }
            // Clear pending response if all data sent
            if (!result.data || result.data.length <= maxLen) {
                this.pendingSetupResponse = null;
            }
        }
        else {
            result = this.connectedDevice.handleDataIn(epAddr);
        }
        if (result.status === 'ack' && result.data) {
            // Write data to EPX data buffer
            this.rp2040.usbDPRAM.set(result.data, HOST_EPX_DATA);
            // Update buffer control with actual length and FULL flag
            let bufCtrl = this.rp2040.usbDPRAMView.getUint32(HOST_EPX_BUF_CTRL, true);
            bufCtrl &= ~USB_BUF_CTRL_LEN_MASK;
            bufCtrl |= result.data.length & USB_BUF_CTRL_LEN_MASK;
            bufCtrl |= USB_BUF_CTRL_FULL;
            bufCtrl &= ~USB_BUF_CTRL_AVAILABLE;
            // Set DATA1 PID for control transfers
            if (this.controlDataPid) {
                bufCtrl |= USB_BUF_CTRL_DATA1_PID;
            }
            else {
                bufCtrl &= ~USB_BUF_CTRL_DATA1_PID;
            }
            this.controlDataPid ^= 1;
            this.rp2040.usbDPRAMView.setUint32(HOST_EPX_BUF_CTRL, bufCtrl, true);
            // Set buffer status
            this.buffStatus |= 1; // Bit 0 for EPX
            this.buffStatusUpdated();
            this.sieStatus |= SIE_ACK_REC;
        }
        else if (result.status === 'nak') {
            this.sieStatus |= SIE_NAK_REC;
        }
        else if (result.status === 'stall') {
            this.sieStatus |= SIE_STALL_REC;
        }
        this.hostTransactionAlarm.schedule(this.hostTransactionDelayMicroseconds * 1000);
    }
    handleOutTransaction(devAddr, epNum) {
        const epAddr = epNum; // OUT endpoint
        // Read data from EPX data buffer
        const bufCtrl = this.rp2040.usbDPRAMView.getUint32(HOST_EPX_BUF_CTRL, true);
        const dataLen = bufCtrl & USB_BUF_CTRL_LEN_MASK;
        const data = this.rp2040.usbDPRAM.slice(HOST_EPX_DATA, HOST_EPX_DATA + dataLen);
        let result;
        if (epNum === 0 && dataLen === 0) {
            // Zero-length status phase for control transfer
            result = { status: 'ack' };
        }
        else {
            result = this.connectedDevice.handleDataOut(epAddr, data);
        }
        // Update buffer control
        let newBufCtrl = bufCtrl;
        newBufCtrl &= ~USB_BUF_CTRL_AVAILABLE;
        // Toggle DATA PID
        if (this.controlDataPid) {
            newBufCtrl |= USB_BUF_CTRL_DATA1_PID;
        }
        else {
            newBufCtrl &= ~USB_BUF_CTRL_DATA1_PID;
        }
        this.controlDataPid ^= 1;
        this.rp2040.usbDPRAMView.setUint32(HOST_EPX_BUF_CTRL, newBufCtrl, true);
        if (result.status === 'ack') {
            this.sieStatus |= SIE_ACK_REC;
            this.buffStatus |= 1; // Bit 0 for EPX
            this.buffStatusUpdated();
        }
        else if (result.status === 'nak') {
            this.sieStatus |= SIE_NAK_REC;
        }
        else if (result.status === 'stall') {
            this.sieStatus |= SIE_STALL_REC;
        }
        this.hostTransactionAlarm.schedule(this.hostTransactionDelayMicroseconds * 1000);
    }
    completeHostTransaction() {
        // Clear START_TRANS bit
        this.sieCtrl &= ~SIE_CTRL_START_TRANS;
        // Set transaction complete
        this.sieStatus |= SIE_TRANS_COMPLETE;
        this.sieStatusUpdated();
        this.debug('Host transaction complete');
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/watchdog.js


const watchdog_CTRL = 0x00; // Control register
const LOAD = 0x04; // Load the watchdog timer.
const REASON = 0x08; // Logs the reason for the last reset.
const SCRATCH0 = 0x0c; // Scratch register
const SCRATCH1 = 0x10; // Scratch register
const SCRATCH2 = 0x14; // Scratch register
const SCRATCH3 = 0x18; // Scratch register
const SCRATCH4 = 0x1c; // Scratch register
const SCRATCH5 = 0x20; // Scratch register
const SCRATCH6 = 0x24; // Scratch register
const SCRATCH7 = 0x28; // Scratch register
const TICK = 0x2c; // Controls the tick generator
// CTRL bits:
const TRIGGER = 1 << 31;
const watchdog_ENABLE = 1 << 30;
const PAUSE_DBG1 = 1 << 26;
const PAUSE_DBG0 = 1 << 25;
const PAUSE_JTAG = 1 << 24;
const TIME_MASK = 0xffffff;
const TIME_SHIFT = 0;
// LOAD bits
const LOAD_MASK = 0xffffff;
const LOAD_SHIFT = 0;
// REASON bits:
const FORCE = 1 << 1;
const TIMER = 1 << 0;
// TICK bits:
const COUNT_MASK = 0x1ff;
const COUNT_SHIFT = 11;
const RUNNING = 1 << 10;
const TICK_ENABLE = 1 << 9;
const CYCLES_MASK = 0x1ff;
const CYCLES_SHIFT = 0;
const TICK_FREQUENCY = 2000000; // Actually 1 MHz, but due to errata RP2040-E1, the timer is decremented twice per tick
class RPWatchdog extends BasePeripheral {
    // User provided
    constructor(rp2040, name) {
        super(rp2040, name);
        this.scratchData = new Uint32Array(8);
        this.enable = false;
        this.tickEnable = true;
        this.reason = 0;
        this.pauseDbg0 = true;
        this.pauseDbg1 = true;
        this.pauseJtag = true;
        /** Called when the watchdog triggers - override with your own soft reset implementation */
        this.onWatchdogTrigger = () => {
            this.rp2040.logger.warn(this.name, 'Watchdog triggered, but no reset handler provided');
        };
        this.timer = new Timer32(rp2040.clock, TICK_FREQUENCY);
        this.timer.mode = TimerMode.Decrement;
        this.timer.enable = false;
        this.alarm = new Timer32PeriodicAlarm(this.timer, () => {
            var _a;
            this.reason = TIMER;
            (_a = this.onWatchdogTrigger) === null || _a === void 0 ? void 0 : _a.call(this);
        });
        this.alarm.target = 0;
        this.alarm.enable = false;
    }
    readUint32(offset) {
        switch (offset) {
            case watchdog_CTRL:
                return ((this.timer.enable ? watchdog_ENABLE : 0) |
                    (this.pauseDbg0 ? PAUSE_DBG0 : 0) |
                    (this.pauseDbg1 ? PAUSE_DBG1 : 0) |
                    (this.pauseJtag ? PAUSE_JTAG : 0) |
                    ((this.timer.counter & TIME_MASK) << TIME_SHIFT));
            case REASON:
                return this.reason;
            case SCRATCH0:
            case SCRATCH1:
            case SCRATCH2:
            case SCRATCH3:
            case SCRATCH4:
            case SCRATCH5:
            case SCRATCH6:
            case SCRATCH7:
                return this.scratchData[(offset - SCRATCH0) >> 2];
            case TICK:
                // TODO COUNT bits
                return this.tickEnable ? RUNNING | TICK_ENABLE : 0;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        var _a;
        switch (offset) {
            case watchdog_CTRL:
                if (value & TRIGGER) {
                    this.reason = FORCE;
                    (_a = this.onWatchdogTrigger) === null || _a === void 0 ? void 0 : _a.call(this);
                }
                this.enable = !!(value & watchdog_ENABLE);
                this.timer.enable = this.enable && this.tickEnable;
                this.alarm.enable = this.enable && this.tickEnable;
                this.pauseDbg0 = !!(value & PAUSE_DBG0);
                this.pauseDbg1 = !!(value & PAUSE_DBG1);
                this.pauseJtag = !!(value & PAUSE_JTAG);
                break;
            case LOAD:
                this.timer.set((value >>> LOAD_SHIFT) & LOAD_MASK);
                break;
            case SCRATCH0:
            case SCRATCH1:
            case SCRATCH2:
            case SCRATCH3:
            case SCRATCH4:
            case SCRATCH5:
            case SCRATCH6:
            case SCRATCH7:
                this.scratchData[(offset - SCRATCH0) >> 2] = value;
                break;
            case TICK:
                this.tickEnable = !!(value & TICK_ENABLE);
                this.timer.enable = this.enable && this.tickEnable;
                this.alarm.enable = this.enable && this.tickEnable;
                // TODO - handle CYCLES (tick also affectes timer)
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/peripherals/xosc.js

// XOSC register offsets
const XOSC_CTRL = 0x00;
const XOSC_STATUS = 0x04;
const XOSC_DORMANT = 0x08;
const XOSC_STARTUP = 0x0c;
const XOSC_COUNT = 0x1c;
// CTRL register bits
const CTRL_ENABLE_LSB = 12;
const CTRL_ENABLE_BITS = 0x00fff000;
const CTRL_FREQ_RANGE_BITS = 0x00000fff;
// CTRL ENABLE values
const CTRL_ENABLE_DISABLE = 0xd1e;
const CTRL_ENABLE_ENABLE = 0xfab;
// STATUS register bits
const STATUS_STABLE = 0x80000000; // bit 31
const STATUS_BADWRITE = 0x01000000; // bit 24
const STATUS_ENABLED = 0x00001000; // bit 12
const STATUS_FREQ_RANGE_BITS = 0x00000003;
// DORMANT register values
const DORMANT_VALUE = 0x636f6d61; // "coma" in ASCII
const WAKE_VALUE = 0x77616b65; // "wake" in ASCII
// STARTUP register bits
const STARTUP_X4 = 0x00100000; // bit 20
const STARTUP_DELAY_BITS = 0x00003fff;
class RPXOSC extends BasePeripheral {
    constructor() {
        super(...arguments);
        this.ctrl = 0;
        this.status = 0;
        this.dormant = 0;
        this.startup = 0;
        this.count = 0;
        this.enabled = false;
        this.stable = false;
        this.isDormant = false;
    }
    readUint32(offset) {
        switch (offset) {
            case XOSC_CTRL:
                return this.ctrl;
            case XOSC_STATUS: {
                let status = this.status;
                if (this.stable) {
                    status |= STATUS_STABLE;
                }
                if (this.enabled) {
                    status |= STATUS_ENABLED;
                }
                return status;
            }
            case XOSC_DORMANT:
                return this.dormant;
            case XOSC_STARTUP:
                return this.startup;
            case XOSC_COUNT:
                return this.count;
        }
        return super.readUint32(offset);
    }
    writeUint32(offset, value) {
        switch (offset) {
            case XOSC_CTRL: {
                this.ctrl = value;
                const enableValue = (value & CTRL_ENABLE_BITS) >>> CTRL_ENABLE_LSB;
                const freqRange = value & CTRL_FREQ_RANGE_BITS;
                void freqRange; // Currently unused, but could be logged or validated
                if (enableValue === CTRL_ENABLE_ENABLE) {
                    if (!this.isDormant) {
                        this.enabled = true;
                        // For simplicity, become stable immediately
                        // In real hardware, this would take time based on STARTUP register
                        this.stable = true;
                    }
                }
                else if (enableValue === CTRL_ENABLE_DISABLE) {
                    this.enabled = false;
                    this.stable = false;
                }
                else if (enableValue !== 0) {
                    // Invalid write to ENABLE field
                    this.status |= STATUS_BADWRITE;
                    this.warn(`Invalid ENABLE value written: 0x${enableValue.toString(16)}`);
                }
                break;
            }
            case XOSC_STATUS:
                // Clear BADWRITE bit if written as 1 (write-1-to-clear)
                if (value & STATUS_BADWRITE) {
                    this.status &= ~STATUS_BADWRITE;
                }
                break;
            case XOSC_DORMANT:
                if (value === DORMANT_VALUE) {
                    this.isDormant = true;
                    this.stable = false;
                }
                else if (value === WAKE_VALUE) {
                    this.isDormant = false;
                    if (this.enabled) {
                        this.stable = true;
                    }
                }
                this.dormant = value;
                break;
            case XOSC_STARTUP:
                this.startup = value & (STARTUP_X4 | STARTUP_DELAY_BITS);
                break;
            case XOSC_COUNT:
                // Writing to COUNT starts the countdown
                this.count = value & 0xff;
                // For simplicity, we don't actually implement the countdown
                // In real hardware, this would decrement at the XOSC frequency
                break;
            default:
                super.writeUint32(offset, value);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/utils/bit.js
function bit(n) {
    return 1 << n;
}
function s32(n) {
    return n | 0;
}
function u32(n) {
    return n >>> 0;
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/interpolator.js

class InterpolatorConfig {
    constructor(value) {
        this.shift = 0;
        this.maskLSB = 0;
        this.maskMSB = 0;
        this.signed = false;
        this.crossInput = false;
        this.crossResult = false;
        this.addRaw = false;
        this.forceMSB = 0;
        this.blend = false;
        this.clamp = false;
        this.overf0 = false;
        this.overf1 = false;
        this.overf = false;
        this.shift = (value >>> 0) & 0b11111;
        this.maskLSB = (value >>> 5) & 0b11111;
        this.maskMSB = (value >>> 10) & 0b11111;
        this.signed = Boolean((value >>> 15) & 1);
        this.crossInput = Boolean((value >>> 16) & 1);
        this.crossResult = Boolean((value >>> 17) & 1);
        this.addRaw = Boolean((value >>> 18) & 1);
        this.forceMSB = (value >>> 19) & 0b11;
        this.blend = Boolean((value >>> 21) & 1);
        this.clamp = Boolean((value >>> 22) & 1);
        this.overf0 = Boolean((value >>> 23) & 1);
        this.overf1 = Boolean((value >>> 24) & 1);
        this.overf = Boolean((value >>> 25) & 1);
    }
    toUint32() {
        return (((this.shift & 0b11111) << 0) |
            ((this.maskLSB & 0b11111) << 5) |
            ((this.maskMSB & 0b11111) << 10) |
            ((Number(this.signed) & 1) << 15) |
            ((Number(this.crossInput) & 1) << 16) |
            ((Number(this.crossResult) & 1) << 17) |
            ((Number(this.addRaw) & 1) << 18) |
            ((this.forceMSB & 0b11) << 19) |
            ((Number(this.blend) & 1) << 21) |
            ((Number(this.clamp) & 1) << 22) |
            ((Number(this.overf0) & 1) << 23) |
            ((Number(this.overf1) & 1) << 24) |
            ((Number(this.overf) & 1) << 25));
    }
}
class Interpolator {
    constructor(index) {
        this.index = index;
        this.accum0 = 0;
        this.accum1 = 0;
        this.base0 = 0;
        this.base1 = 0;
        this.base2 = 0;
        this.ctrl0 = 0;
        this.ctrl1 = 0;
        this.result0 = 0;
        this.result1 = 0;
        this.result2 = 0;
        this.smresult0 = 0;
        this.smresult1 = 0;
        this.update();
    }
    update() {
        const N = this.index;
        const ctrl0 = new InterpolatorConfig(this.ctrl0);
        const ctrl1 = new InterpolatorConfig(this.ctrl1);
        const do_clamp = ctrl0.clamp && N == 1;
        const do_blend = ctrl0.blend && N == 0;
        ctrl0.clamp = do_clamp;
        ctrl0.blend = do_blend;
        ctrl1.clamp = false;
        ctrl1.blend = false;
        ctrl1.overf0 = false;
        ctrl1.overf1 = false;
        ctrl1.overf = false;
        const input0 = s32(ctrl0.crossInput ? this.accum1 : this.accum0);
        const input1 = s32(ctrl1.crossInput ? this.accum0 : this.accum1);
        const msbmask0 = ctrl0.maskMSB == 31 ? 0xffffffff : (1 << (ctrl0.maskMSB + 1)) - 1;
        const msbmask1 = ctrl1.maskMSB == 31 ? 0xffffffff : (1 << (ctrl1.maskMSB + 1)) - 1;
        const mask0 = msbmask0 & ~((1 << ctrl0.maskLSB) - 1);
        const mask1 = msbmask1 & ~((1 << ctrl1.maskLSB) - 1);
        const uresult0 = (input0 >>> ctrl0.shift) & mask0;
        const uresult1 = (input1 >>> ctrl1.shift) & mask1;
        const overf0 = Boolean((input0 >>> ctrl0.shift) & ~msbmask0);
        const overf1 = Boolean((input1 >>> ctrl1.shift) & ~msbmask1);
        const overf = overf0 || overf1;
        const sextmask0 = uresult0 & (1 << ctrl0.maskMSB) ? -1 << ctrl0.maskMSB : 0;
        const sextmask1 = uresult1 & (1 << ctrl1.maskMSB) ? -1 << ctrl1.maskMSB : 0;
        const sresult0 = uresult0 | sextmask0;
        const sresult1 = uresult1 | sextmask1;
        const result0 = ctrl0.signed ? sresult0 : uresult0;
        const result1 = ctrl1.signed ? sresult1 : uresult1;
        const addresult0 = this.base0 + (ctrl0.addRaw ? input0 : result0);
        const addresult1 = this.base1 + (ctrl1.addRaw ? input1 : result1);
        const addresult2 = this.base2 + result0 + (do_blend ? 0 : result1);
        const uclamp0 = u32(result0) < u32(this.base0)
            ? this.base0
            : u32(result0) > u32(this.base1)
                ? this.base1
                : result0;
        const sclamp0 = s32(result0) < s32(this.base0)
            ? this.base0
            : s32(result0) > s32(this.base1)
                ? this.base1
                : result0;
        const clamp0 = ctrl0.signed ? sclamp0 : uclamp0;
        const alpha1 = result1 & 0xff;
        const ublend1 = u32(this.base0) + (Math.floor((alpha1 * (u32(this.base1) - u32(this.base0))) / 256) | 0);
        const sblend1 = s32(this.base0) + (Math.floor((alpha1 * (s32(this.base1) - s32(this.base0))) / 256) | 0);
        const blend1 = ctrl1.signed ? sblend1 : ublend1;
        this.smresult0 = u32(result0);
        this.smresult1 = u32(result1);
        this.result0 = u32(do_blend ? alpha1 : (do_clamp ? clamp0 : addresult0) | (ctrl0.forceMSB << 28));
        this.result1 = u32((do_blend ? blend1 : addresult1) | (ctrl0.forceMSB << 28));
        this.result2 = u32(addresult2);
        ctrl0.overf0 = overf0;
        ctrl0.overf1 = overf1;
        ctrl0.overf = overf;
        this.ctrl0 = ctrl0.toUint32();
        this.ctrl1 = ctrl1.toUint32();
    }
    writeback() {
        const ctrl0 = new InterpolatorConfig(this.ctrl0);
        const ctrl1 = new InterpolatorConfig(this.ctrl1);
        this.accum0 = u32(ctrl0.crossResult ? this.result1 : this.result0);
        this.accum1 = u32(ctrl1.crossResult ? this.result0 : this.result1);
        this.update();
    }
    setBase01(value) {
        const N = this.index;
        const ctrl0 = new InterpolatorConfig(this.ctrl0);
        const ctrl1 = new InterpolatorConfig(this.ctrl1);
        const do_blend = ctrl0.blend && N == 0;
        const input0 = value & 0xffff;
        const input1 = (value >>> 16) & 0xffff;
        const sextmask0 = input0 & (1 << 15) ? -1 << 15 : 0;
        const sextmask1 = input1 & (1 << 15) ? -1 << 15 : 0;
        const base0 = (do_blend ? ctrl1.signed : ctrl0.signed) ? input0 | sextmask0 : input0;
        const base1 = ctrl1.signed ? input1 | sextmask1 : input1;
        this.base0 = u32(base0);
        this.base1 = u32(base1);
        this.update();
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/sio.js

const sio_CPUID = 0x000;
// GPIO
const GPIO_IN = 0x004; // Input value for GPIO pins
const GPIO_HI_IN = 0x008; // Input value for QSPI pins
const GPIO_OUT = 0x010; // GPIO output value
const GPIO_OUT_SET = 0x014; // GPIO output value set
const GPIO_OUT_CLR = 0x018; // GPIO output value clear
const GPIO_OUT_XOR = 0x01c; // GPIO output value XOR
const GPIO_OE = 0x020; // GPIO output enable
const GPIO_OE_SET = 0x024; // GPIO output enable set
const GPIO_OE_CLR = 0x028; // GPIO output enable clear
const GPIO_OE_XOR = 0x02c; // GPIO output enable XOR
const GPIO_HI_OUT = 0x030; // QSPI output value
const GPIO_HI_OUT_SET = 0x034; // QSPI output value set
const GPIO_HI_OUT_CLR = 0x038; // QSPI output value clear
const GPIO_HI_OUT_XOR = 0x03c; // QSPI output value XOR
const GPIO_HI_OE = 0x040; // QSPI output enable
const GPIO_HI_OE_SET = 0x044; // QSPI output enable set
const GPIO_HI_OE_CLR = 0x048; // QSPI output enable clear
const GPIO_HI_OE_XOR = 0x04c; // QSPI output enable XOR
const GPIO_MASK = 0x3fffffff;
//HARDWARE DIVIDER
const DIV_UDIVIDEND = 0x060; //  Divider unsigned dividend
const DIV_UDIVISOR = 0x064; //  Divider unsigned divisor
const DIV_SDIVIDEND = 0x068; //  Divider signed dividend
const DIV_SDIVISOR = 0x06c; //  Divider signed divisor
const DIV_QUOTIENT = 0x070; //  Divider result quotient
const DIV_REMAINDER = 0x074; //Divider result remainder
const DIV_CSR = 0x078;
//INTERPOLATOR
const INTERP0_ACCUM0 = 0x080; // Read/write access to accumulator 0
const INTERP0_ACCUM1 = 0x084; // Read/write access to accumulator 1
const INTERP0_BASE0 = 0x088; // Read/write access to BASE0 register
const INTERP0_BASE1 = 0x08c; // Read/write access to BASE1 register
const INTERP0_BASE2 = 0x090; // Read/write access to BASE2 register
const INTERP0_POP_LANE0 = 0x094; // Read LANE0 result, and simultaneously write lane results to both accumulators (POP)
const INTERP0_POP_LANE1 = 0x098; // Read LANE1 result, and simultaneously write lane results to both accumulators (POP)
const INTERP0_POP_FULL = 0x09c; // Read FULL result, and simultaneously write lane results to both accumulators (POP)
const INTERP0_PEEK_LANE0 = 0x0a0; // Read LANE0 result, without altering any internal state (PEEK)
const INTERP0_PEEK_LANE1 = 0x0a4; // Read LANE1 result, without altering any internal state (PEEK)
const INTERP0_PEEK_FULL = 0x0a8; // Read FULL result, without altering any internal state (PEEK)
const INTERP0_CTRL_LANE0 = 0x0ac; // Control register for lane 0
const INTERP0_CTRL_LANE1 = 0x0b0; // Control register for lane 1
const INTERP0_ACCUM0_ADD = 0x0b4; // Values written here are atomically added to ACCUM0
const INTERP0_ACCUM1_ADD = 0x0b8; // Values written here are atomically added to ACCUM1
const INTERP0_BASE_1AND0 = 0x0bc; // On write, the lower 16 bits go to BASE0, upper bits to BASE1 simultaneously
const INTERP1_ACCUM0 = 0x0c0; // Read/write access to accumulator 0
const INTERP1_ACCUM1 = 0x0c4; // Read/write access to accumulator 1
const INTERP1_BASE0 = 0x0c8; // Read/write access to BASE0 register
const INTERP1_BASE1 = 0x0cc; // Read/write access to BASE1 register
const INTERP1_BASE2 = 0x0d0; // Read/write access to BASE2 register
const INTERP1_POP_LANE0 = 0x0d4; // Read LANE0 result, and simultaneously write lane results to both accumulators (POP)
const INTERP1_POP_LANE1 = 0x0d8; // Read LANE1 result, and simultaneously write lane results to both accumulators (POP)
const INTERP1_POP_FULL = 0x0dc; // Read FULL result, and simultaneously write lane results to both accumulators (POP)
const INTERP1_PEEK_LANE0 = 0x0e0; // Read LANE0 result, without altering any internal state (PEEK)
const INTERP1_PEEK_LANE1 = 0x0e4; // Read LANE1 result, without altering any internal state (PEEK)
const INTERP1_PEEK_FULL = 0x0e8; // Read FULL result, without altering any internal state (PEEK)
const INTERP1_CTRL_LANE0 = 0x0ec; // Control register for lane 0
const INTERP1_CTRL_LANE1 = 0x0f0; // Control register for lane 1
const INTERP1_ACCUM0_ADD = 0x0f4; // Values written here are atomically added to ACCUM0
const INTERP1_ACCUM1_ADD = 0x0f8; // Values written here are atomically added to ACCUM1
const INTERP1_BASE_1AND0 = 0x0fc; // On write, the lower 16 bits go to BASE0, upper bits to BASE1 simultaneously
//SPINLOCK
const SPINLOCK_ST = 0x5c;
const SPINLOCK0 = 0x100;
const SPINLOCK31 = 0x17c;
class RPSIO {
    constructor(rp2040) {
        this.rp2040 = rp2040;
        this.gpioValue = 0;
        this.gpioOutputEnable = 0;
        this.qspiGpioValue = 0;
        this.qspiGpioOutputEnable = 0;
        this.divDividend = 0;
        this.divDivisor = 1;
        this.divQuotient = 0;
        this.divRemainder = 0;
        this.divCSR = 0;
        this.spinLock = 0;
        this.interp0 = new Interpolator(0);
        this.interp1 = new Interpolator(1);
    }
    updateHardwareDivider(signed) {
        if (this.divDivisor == 0) {
            this.divQuotient = this.divDividend > 0 ? -1 : 1;
            this.divRemainder = this.divDividend;
        }
        else {
            if (signed) {
                this.divQuotient = (this.divDividend | 0) / (this.divDivisor | 0);
                this.divRemainder = (this.divDividend | 0) % (this.divDivisor | 0);
            }
            else {
                this.divQuotient = (this.divDividend >>> 0) / (this.divDivisor >>> 0);
                this.divRemainder = (this.divDividend >>> 0) % (this.divDivisor >>> 0);
            }
        }
        this.divCSR = 0b11;
        this.rp2040.core.cycles += 8;
    }
    readUint32(offset) {
        if (offset >= SPINLOCK0 && offset <= SPINLOCK31) {
            const bitIndexMask = 1 << ((offset - SPINLOCK0) / 4);
            if (this.spinLock & bitIndexMask) {
                return 0;
            }
            else {
                this.spinLock |= bitIndexMask;
                return bitIndexMask;
            }
        }
        switch (offset) {
            case GPIO_IN:
                return this.rp2040.gpioValues;
            case GPIO_HI_IN: {
                const { qspi } = this.rp2040;
                let result = 0;
                for (let qspiIndex = 0; qspiIndex < qspi.length; qspiIndex++) {
                    if (qspi[qspiIndex].inputValue) {
                        result |= 1 << qspiIndex;
                    }
                }
                return result;
            }
            case GPIO_OUT:
                return this.gpioValue;
            case GPIO_OE:
                return this.gpioOutputEnable;
            case GPIO_HI_OUT:
                return this.qspiGpioValue;
            case GPIO_HI_OE:
                return this.qspiGpioOutputEnable;
            case GPIO_OUT_SET:
            case GPIO_OUT_CLR:
            case GPIO_OUT_XOR:
            case GPIO_OE_SET:
            case GPIO_OE_CLR:
            case GPIO_OE_XOR:
            case GPIO_HI_OUT_SET:
            case GPIO_HI_OUT_CLR:
            case GPIO_HI_OUT_XOR:
            case GPIO_HI_OE_SET:
            case GPIO_HI_OE_CLR:
            case GPIO_HI_OE_XOR:
                return 0; // TODO verify with silicone
            case sio_CPUID:
                // Returns the current CPU core id (always 0 for now)
                return 0;
            case SPINLOCK_ST:
                return this.spinLock;
            case DIV_UDIVIDEND:
                return this.divDividend;
            case DIV_SDIVIDEND:
                return this.divDividend;
            case DIV_UDIVISOR:
                return this.divDivisor;
            case DIV_SDIVISOR:
                return this.divDivisor;
            case DIV_QUOTIENT:
                this.divCSR &= ~0b10;
                return this.divQuotient;
            case DIV_REMAINDER:
                return this.divRemainder;
            case DIV_CSR:
                return this.divCSR;
            case INTERP0_ACCUM0:
                return this.interp0.accum0;
            case INTERP0_ACCUM1:
                return this.interp0.accum1;
            case INTERP0_BASE0:
                return this.interp0.base0;
            case INTERP0_BASE1:
                return this.interp0.base1;
            case INTERP0_BASE2:
                return this.interp0.base2;
            case INTERP0_CTRL_LANE0:
                return this.interp0.ctrl0;
            case INTERP0_CTRL_LANE1:
                return this.interp0.ctrl1;
            case INTERP0_PEEK_LANE0:
                return this.interp0.result0;
            case INTERP0_PEEK_LANE1:
                return this.interp0.result1;
            case INTERP0_PEEK_FULL:
                return this.interp0.result2;
            case INTERP0_POP_LANE0: {
                const value = this.interp0.result0;
                this.interp0.writeback();
                return value;
            }
            case INTERP0_POP_LANE1: {
                const value = this.interp0.result1;
                this.interp0.writeback();
                return value;
            }
            case INTERP0_POP_FULL: {
                const value = this.interp0.result2;
                this.interp0.writeback();
                return value;
            }
            case INTERP0_ACCUM0_ADD:
                return this.interp0.smresult0;
            case INTERP0_ACCUM1_ADD:
                return this.interp0.smresult1;
            case INTERP1_ACCUM0:
                return this.interp1.accum0;
            case INTERP1_ACCUM1:
                return this.interp1.accum1;
            case INTERP1_BASE0:
                return this.interp1.base0;
            case INTERP1_BASE1:
                return this.interp1.base1;
            case INTERP1_BASE2:
                return this.interp1.base2;
            case INTERP1_CTRL_LANE0:
                return this.interp1.ctrl0;
            case INTERP1_CTRL_LANE1:
                return this.interp1.ctrl1;
            case INTERP1_PEEK_LANE0:
                return this.interp1.result0;
            case INTERP1_PEEK_LANE1:
                return this.interp1.result1;
            case INTERP1_PEEK_FULL:
                return this.interp1.result2;
            case INTERP1_POP_LANE0: {
                const value = this.interp1.result0;
                this.interp1.writeback();
                return value;
            }
            case INTERP1_POP_LANE1: {
                const value = this.interp1.result1;
                this.interp1.writeback();
                return value;
            }
            case INTERP1_POP_FULL: {
                const value = this.interp1.result2;
                this.interp1.writeback();
                return value;
            }
            case INTERP1_ACCUM0_ADD:
                return this.interp1.smresult0;
            case INTERP1_ACCUM1_ADD:
                return this.interp1.smresult1;
        }
        console.warn(`Read from invalid SIO address: ${offset.toString(16)}`);
        return 0xffffffff;
    }
    writeUint32(offset, value) {
        if (offset >= SPINLOCK0 && offset <= SPINLOCK31) {
            const bitIndexMask = ~(1 << ((offset - SPINLOCK0) / 4));
            this.spinLock &= bitIndexMask;
            return;
        }
        const prevGpioValue = this.gpioValue;
        const prevGpioOutputEnable = this.gpioOutputEnable;
        switch (offset) {
            case GPIO_OUT:
                this.gpioValue = value & GPIO_MASK;
                break;
            case GPIO_OUT_SET:
                this.gpioValue |= value & GPIO_MASK;
                break;
            case GPIO_OUT_CLR:
                this.gpioValue &= ~value;
                break;
            case GPIO_OUT_XOR:
                this.gpioValue ^= value & GPIO_MASK;
                break;
            case GPIO_OE:
                this.gpioOutputEnable = value & GPIO_MASK;
                break;
            case GPIO_OE_SET:
                this.gpioOutputEnable |= value & GPIO_MASK;
                break;
            case GPIO_OE_CLR:
                this.gpioOutputEnable &= ~value;
                break;
            case GPIO_OE_XOR:
                this.gpioOutputEnable ^= value & GPIO_MASK;
                break;
            case GPIO_HI_OUT:
                this.qspiGpioValue = value & GPIO_MASK;
                break;
            case GPIO_HI_OUT_SET:
                this.qspiGpioValue |= value & GPIO_MASK;
                break;
            case GPIO_HI_OUT_CLR:
                this.qspiGpioValue &= ~value;
                break;
            case GPIO_HI_OUT_XOR:
                this.qspiGpioValue ^= value & GPIO_MASK;
                break;
            case GPIO_HI_OE:
                this.qspiGpioOutputEnable = value & GPIO_MASK;
                break;
            case GPIO_HI_OE_SET:
                this.qspiGpioOutputEnable |= value & GPIO_MASK;
                break;
            case GPIO_HI_OE_CLR:
                this.qspiGpioOutputEnable &= ~value;
                break;
            case GPIO_HI_OE_XOR:
                this.qspiGpioOutputEnable ^= value & GPIO_MASK;
                break;
            case DIV_UDIVIDEND:
                this.divDividend = value;
                this.updateHardwareDivider(false);
                break;
            case DIV_SDIVIDEND:
                this.divDividend = value;
                this.updateHardwareDivider(true);
                break;
            case DIV_UDIVISOR:
                this.divDivisor = value;
                this.updateHardwareDivider(false);
                break;
            case DIV_SDIVISOR:
                this.divDivisor = value;
                this.updateHardwareDivider(true);
                break;
            case DIV_QUOTIENT:
                this.divQuotient = value;
                this.divCSR = 0b11;
                break;
            case DIV_REMAINDER:
                this.divRemainder = value;
                this.divCSR = 0b11;
                break;
            case INTERP0_ACCUM0:
                this.interp0.accum0 = value;
                this.interp0.update();
                break;
            case INTERP0_ACCUM1:
                this.interp0.accum1 = value;
                this.interp0.update();
                break;
            case INTERP0_BASE0:
                this.interp0.base0 = value;
                this.interp0.update();
                break;
            case INTERP0_BASE1:
                this.interp0.base1 = value;
                this.interp0.update();
                break;
            case INTERP0_BASE2:
                this.interp0.base2 = value;
                this.interp0.update();
                break;
            case INTERP0_CTRL_LANE0:
                this.interp0.ctrl0 = value;
                this.interp0.update();
                break;
            case INTERP0_CTRL_LANE1:
                this.interp0.ctrl1 = value;
                this.interp0.update();
                break;
            case INTERP0_ACCUM0_ADD:
                this.interp0.accum0 += value;
                this.interp0.update();
                break;
            case INTERP0_ACCUM1_ADD:
                this.interp0.accum1 += value;
                this.interp0.update();
                break;
            case INTERP0_BASE_1AND0:
                this.interp0.setBase01(value);
                break;
            case INTERP1_ACCUM0:
                this.interp1.accum0 = value;
                this.interp1.update();
                break;
            case INTERP1_ACCUM1:
                this.interp1.accum1 = value;
                this.interp1.update();
                break;
            case INTERP1_BASE0:
                this.interp1.base0 = value;
                this.interp1.update();
                break;
            case INTERP1_BASE1:
                this.interp1.base1 = value;
                this.interp1.update();
                break;
            case INTERP1_BASE2:
                this.interp1.base2 = value;
                this.interp1.update();
                break;
            case INTERP1_CTRL_LANE0:
                this.interp1.ctrl0 = value;
                this.interp1.update();
                break;
            case INTERP1_CTRL_LANE1:
                this.interp1.ctrl1 = value;
                this.interp1.update();
                break;
            case INTERP1_ACCUM0_ADD:
                this.interp1.accum0 += value;
                this.interp1.update();
                break;
            case INTERP1_ACCUM1_ADD:
                this.interp1.accum1 += value;
                this.interp1.update();
                break;
            case INTERP1_BASE_1AND0:
                this.interp1.setBase01(value);
                break;
            default:
                console.warn(`Write to invalid SIO address: ${offset.toString(16)}, value=${value.toString(16)}`);
        }
        const pinsToUpdate = (this.gpioValue ^ prevGpioValue) | (this.gpioOutputEnable ^ prevGpioOutputEnable);
        if (pinsToUpdate) {
            const { gpio } = this.rp2040;
            for (let gpioIndex = 0; gpioIndex < gpio.length; gpioIndex++) {
                if (pinsToUpdate & (1 << gpioIndex)) {
                    gpio[gpioIndex].checkForUpdates();
                }
            }
        }
    }
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/utils/time.js
var time = __webpack_require__(73706);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/utils/logging.js

var logging_LogLevel;
(function (LogLevel) {
    LogLevel[LogLevel["Debug"] = 0] = "Debug";
    LogLevel[LogLevel["Info"] = 1] = "Info";
    LogLevel[LogLevel["Warn"] = 2] = "Warn";
    LogLevel[LogLevel["Error"] = 3] = "Error";
})(logging_LogLevel || (logging_LogLevel = {}));
class logging_ConsoleLogger {
    constructor(currentLogLevel, throwOnError = true) {
        this.currentLogLevel = currentLogLevel;
        this.throwOnError = throwOnError;
    }
    aboveLogLevel(logLevel) {
        return logLevel >= this.currentLogLevel ? true : false;
    }
    formatMessage(componentName, message) {
        const currentTime = (0,time/* formatTime */.f)(new Date());
        return `${currentTime} [${componentName}] ${message}`;
    }
    debug(componetName, message) {
        if (this.aboveLogLevel(logging_LogLevel.Debug)) {
            console.debug(this.formatMessage(componetName, message));
        }
    }
    warn(componetName, message) {
        if (this.aboveLogLevel(logging_LogLevel.Warn)) {
            console.warn(this.formatMessage(componetName, message));
        }
    }
    error(componentName, message) {
        if (this.aboveLogLevel(logging_LogLevel.Error)) {
            console.error(this.formatMessage(componentName, message));
            if (this.throwOnError) {
                throw new Error(`[${componentName}] ${message}`);
            }
        }
    }
    info(componentName, message) {
        if (this.aboveLogLevel(logging_LogLevel.Info)) {
            console.info(this.formatMessage(componentName, message));
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/rp2040.js































const FLASH_START_ADDRESS = 0x10000000;
const FLASH_END_ADDRESS = 0x14000000;
const RAM_START_ADDRESS = 0x20000000;
const APB_START_ADDRESS = 0x40000000;
const DPRAM_START_ADDRESS = 0x50100000;
const SIO_START_ADDRESS = 0xd0000000;
const LOG_NAME = 'RP2040';
const KB = 1024;
const MB = 1024 * KB;
const MHz = 1000000;
class RP2040 {
    constructor(clock = new SimulationClock()) {
        this.clock = clock;
        this.bootrom = new Uint32Array(4 * KB);
        this.sram = new Uint8Array(264 * KB);
        this.sramView = new DataView(this.sram.buffer);
        this.flash = new Uint8Array(16 * MB);
        this.flash16 = new Uint16Array(this.flash.buffer);
        this.flashView = new DataView(this.flash.buffer);
        this.usbDPRAM = new Uint8Array(4 * KB);
        this.usbDPRAMView = new DataView(this.usbDPRAM.buffer);
        this.core = new CortexM0Core(this);
        /* Clocks */
        this.clkSys = 125 * MHz;
        this.clkPeri = 125 * MHz;
        /** Crystal oscillator frequency. 12 MHz on the Raspberry Pi Pico and most other boards. */
        this.xoscFreq = 12 * MHz;
        /** Ring oscillator frequency. Varies with voltage/temperature on real silicon. */
        this.roscFreq = 6.5 * MHz;
        this.pllSys = new RPPLL(this, 'PLL_SYS_BASE');
        this.pllUsb = new RPPLL(this, 'PLL_USB_BASE');
        this.clocks = new RPClocks(this, 'CLOCKS_BASE');
        this.ppb = new RPPPB(this, 'PPB');
        this.sio = new RPSIO(this);
        this.uart = [
            new RPUART(this, 'UART0', IRQ.UART0, {
                rx: DREQChannel.DREQ_UART0_RX,
                tx: DREQChannel.DREQ_UART0_TX,
            }),
            new RPUART(this, 'UART1', IRQ.UART1, {
                rx: DREQChannel.DREQ_UART1_RX,
                tx: DREQChannel.DREQ_UART1_TX,
            }),
        ];
        this.i2c = [new RPI2C(this, 'I2C0', IRQ.I2C0), new RPI2C(this, 'I2C1', IRQ.I2C1)];
        this.pwm = new RPPWM(this, 'PWM_BASE');
        this.adc = new RPADC(this, 'ADC');
        this.gpio = [
            new GPIOPin(this, 0),
            new GPIOPin(this, 1),
            new GPIOPin(this, 2),
            new GPIOPin(this, 3),
            new GPIOPin(this, 4),
            new GPIOPin(this, 5),
            new GPIOPin(this, 6),
            new GPIOPin(this, 7),
            new GPIOPin(this, 8),
            new GPIOPin(this, 9),
            new GPIOPin(this, 10),
            new GPIOPin(this, 11),
            new GPIOPin(this, 12),
            new GPIOPin(this, 13),
            new GPIOPin(this, 14),
            new GPIOPin(this, 15),
            new GPIOPin(this, 16),
            new GPIOPin(this, 17),
            new GPIOPin(this, 18),
            new GPIOPin(this, 19),
            new GPIOPin(this, 20),
            new GPIOPin(this, 21),
            new GPIOPin(this, 22),
            new GPIOPin(this, 23),
            new GPIOPin(this, 24),
            new GPIOPin(this, 25),
            new GPIOPin(this, 26),
            new GPIOPin(this, 27),
            new GPIOPin(this, 28),
            new GPIOPin(this, 29),
        ];
        this.qspi = [
            new GPIOPin(this, 0, 'SCLK'),
            new GPIOPin(this, 1, 'SS'),
            new GPIOPin(this, 2, 'SD0'),
            new GPIOPin(this, 3, 'SD1'),
            new GPIOPin(this, 4, 'SD2'),
            new GPIOPin(this, 5, 'SD3'),
        ];
        this.dma = new RPDMA(this, 'DMA');
        this.pio = [
            new RPPIO(this, 'PIO0', IRQ.PIO0_IRQ0, 0),
            new RPPIO(this, 'PIO1', IRQ.PIO1_IRQ0, 1),
        ];
        this.usbCtrl = new RPUSBController(this, 'USB');
        this.spi = [
            new RPSPI(this, 'SPI0', IRQ.SPI0, {
                rx: DREQChannel.DREQ_SPI0_RX,
                tx: DREQChannel.DREQ_SPI0_TX,
            }),
            new RPSPI(this, 'SPI1', IRQ.SPI1, {
                rx: DREQChannel.DREQ_SPI1_RX,
                tx: DREQChannel.DREQ_SPI1_TX,
            }),
        ];
        this.logger = new logging_ConsoleLogger(logging_LogLevel.Debug, true);
        this.clockListeners = new Set();
        this.peripherals = {
            0x18000: new RPSSI(this, 'SSI'),
            0x40000: new RP2040SysInfo(this, 'SYSINFO_BASE'),
            0x40004: new RP2040SysCfg(this, 'SYSCFG'),
            0x40008: this.clocks,
            0x4000c: new RPReset(this, 'RESETS_BASE'),
            0x40010: new RPPSM(this, 'PSM_BASE'),
            0x40014: new RPIO(this, 'IO_BANK0_BASE'),
            0x40018: new UnimplementedPeripheral(this, 'IO_QSPI_BASE'),
            0x4001c: new RPPADS(this, 'PADS_BANK0_BASE', 'bank0'),
            0x40020: new RPPADS(this, 'PADS_QSPI_BASE', 'qspi'),
            0x40024: new RPXOSC(this, 'XOSC_BASE'),
            0x40028: this.pllSys,
            0x4002c: this.pllUsb,
            0x40030: new RPBUSCTRL(this, 'BUSCTRL_BASE'),
            0x40034: this.uart[0],
            0x40038: this.uart[1],
            0x4003c: this.spi[0],
            0x40040: this.spi[1],
            0x40044: this.i2c[0],
            0x40048: this.i2c[1],
            0x4004c: this.adc,
            0x40050: this.pwm,
            0x40054: new RPTimer(this, 'TIMER_BASE'),
            0x40058: new RPWatchdog(this, 'WATCHDOG_BASE'),
            0x4005c: new RP2040RTC(this, 'RTC_BASE'),
            0x40060: new UnimplementedPeripheral(this, 'ROSC_BASE'),
            0x40064: new UnimplementedPeripheral(this, 'VREG_AND_CHIP_RESET_BASE'),
            0x4006c: new RPTBMAN(this, 'TBMAN_BASE'),
            0x50000: this.dma,
            0x50110: this.usbCtrl,
            0x50200: this.pio[0],
            0x50300: this.pio[1],
        };
        // Debugging
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        this.onBreak = (code) => {
            // TODO: raise HardFault exception
            // console.error('Breakpoint!', code);
        };
        this.reset();
    }
    loadBootrom(bootromData) {
        this.bootrom.set(bootromData);
        this.reset();
    }
    reset() {
        this.core.reset();
        this.pwm.reset();
        this.flash.fill(0xff);
    }
    readUint32(address) {
        address = address >>> 0; // round to 32-bits, unsigned
        if (address & 0x3) {
            this.logger.error(LOG_NAME, `read from address ${address.toString(16)}, which is not 32 bit aligned`);
        }
        const { bootrom } = this;
        if (address < bootrom.length * 4) {
            return bootrom[address / 4];
        }
        else if (address >= FLASH_START_ADDRESS && address < FLASH_END_ADDRESS) {
            // Flash is mirrored four times:
            // - 0x10000000 XIP
            // - 0x11000000 XIP_NOALLOC
            // - 0x12000000 XIP_NOCACHE
            // - 0x13000000 XIP_NOCACHE_NOALLOC
            const offset = address & 16777215;
            if (offset + 3 < this.flash.length) {
                return this.flashView.getUint32(offset, true);
            }
        }
        else if (address >= RAM_START_ADDRESS && address + 3 < RAM_START_ADDRESS + this.sram.length) {
            return this.sramView.getUint32(address - RAM_START_ADDRESS, true);
        }
        else if (address >= DPRAM_START_ADDRESS &&
            address + 3 < DPRAM_START_ADDRESS + this.usbDPRAM.length) {
            return this.usbDPRAMView.getUint32(address - DPRAM_START_ADDRESS, true);
        }
        else if (address >>> 12 === 0xe000e) {
            return this.ppb.readUint32(address & 0xfff);
        }
        else if (address >= SIO_START_ADDRESS && address < SIO_START_ADDRESS + 0x10000000) {
            return this.sio.readUint32(address - SIO_START_ADDRESS);
        }
        const peripheral = this.findPeripheral(address);
        if (peripheral) {
            return peripheral.readUint32(address & 0x3fff);
        }
        this.logger.warn(LOG_NAME, `Read from invalid memory address: ${address.toString(16)}`);
        return 0xffffffff;
    }
    /**
     * Recomputes `clkSys` and `clkPeri` from the PLL and CLOCKS registers and updates the
     * peripherals derived from them. Until firmware configures the clock tree, each keeps its default.
     */
    updateClocks() {
        this.updateClkSys();
        this.updateClkPeri();
    }
    updateClkSys() {
        const clkSys = this.clocks.sysFreq;
        // 0 means clk_sys is fed from an unmodelled or unconfigured source: keep the last value
        if (!clkSys || clkSys === this.clkSys) {
            return;
        }
        const oldClkSys = this.clkSys;
        this.clkSys = clkSys;
        this.ppb.systickTimer.frequency = clkSys;
        for (const channel of this.pwm.channels) {
            channel.timer.frequency = this.pwm.clockFreq;
        }
        for (const listener of this.clockListeners) {
            listener(clkSys, oldClkSys);
        }
    }
    updateClkPeri() {
        const clkPeri = this.clocks.periFreq;
        // 0 means the clock generator is stopped, or the source is one we do not model
        if (!clkPeri || clkPeri === this.clkPeri) {
            return;
        }
        this.clkPeri = clkPeri;
        for (const uart of this.uart) {
            uart.clkPeriChanged();
        }
    }
    /** Registers a listener to be notified whenever clk_sys changes. Returns an unsubscribe function. */
    addClockListener(listener) {
        this.clockListeners.add(listener);
        return () => this.clockListeners.delete(listener);
    }
    findPeripheral(address) {
        return this.peripherals[(address >>> 14) << 2];
    }
    /** We assume the address is 16-bit aligned */
    readUint16(address) {
        if (address >= FLASH_START_ADDRESS && address + 1 < FLASH_START_ADDRESS + this.flash.length) {
            return this.flashView.getUint16(address - FLASH_START_ADDRESS, true);
        }
        else if (address >= RAM_START_ADDRESS && address + 1 < RAM_START_ADDRESS + this.sram.length) {
            return this.sramView.getUint16(address - RAM_START_ADDRESS, true);
        }
        const value = this.readUint32(address & 0xfffffffc);
        return address & 0x2 ? (value & 0xffff0000) >>> 16 : value & 0xffff;
    }
    readUint8(address) {
        if (address >= FLASH_START_ADDRESS && address < FLASH_START_ADDRESS + this.flash.length) {
            return this.flash[address - FLASH_START_ADDRESS];
        }
        else if (address >= RAM_START_ADDRESS && address < RAM_START_ADDRESS + this.sram.length) {
            return this.sram[address - RAM_START_ADDRESS];
        }
        const value = this.readUint16(address & 0xfffffffe);
        return (address & 0x1 ? (value & 0xff00) >>> 8 : value & 0xff) >>> 0;
    }
    writeUint32(address, value) {
        address = address >>> 0;
        const { bootrom } = this;
        const peripheral = this.findPeripheral(address);
        if (peripheral) {
            const atomicType = (address & 0x3000) >> 12;
            const offset = address & 0xfff;
            peripheral.writeUint32Atomic(offset, value, atomicType);
        }
        else if (address < bootrom.length * 4) {
            bootrom[address / 4] = value;
        }
        else if (address >= FLASH_START_ADDRESS &&
            address + 3 < FLASH_START_ADDRESS + this.flash.length) {
            this.flashView.setUint32(address - FLASH_START_ADDRESS, value, true);
        }
        else if (address >= RAM_START_ADDRESS && address + 3 < RAM_START_ADDRESS + this.sram.length) {
            this.sramView.setUint32(address - RAM_START_ADDRESS, value, true);
        }
        else if (address >= DPRAM_START_ADDRESS &&
            address + 3 < DPRAM_START_ADDRESS + this.usbDPRAM.length) {
            const offset = address - DPRAM_START_ADDRESS;
            this.usbDPRAMView.setUint32(offset, value, true);
            this.usbCtrl.DPRAMUpdated(offset, value);
        }
        else if (address >= SIO_START_ADDRESS && address < SIO_START_ADDRESS + 0x10000000) {
            this.sio.writeUint32(address - SIO_START_ADDRESS, value);
        }
        else if (address >>> 12 === 0xe000e) {
            this.ppb.writeUint32(address & 0xfff, value);
        }
        else {
            this.logger.warn(LOG_NAME, `Write to undefined address: ${address.toString(16)}`);
        }
    }
    writeUint8(address, value) {
        if (address >= RAM_START_ADDRESS && address < RAM_START_ADDRESS + this.sram.length) {
            this.sram[address - RAM_START_ADDRESS] = value;
            return;
        }
        const alignedAddress = (address & 0xfffffffc) >>> 0;
        const offset = address & 0x3;
        const peripheral = this.findPeripheral(address);
        if (peripheral) {
            const atomicType = (alignedAddress & 0x3000) >> 12;
            const offset = alignedAddress & 0xfff;
            peripheral.writeUint32Atomic(offset, (value & 0xff) | ((value & 0xff) << 8) | ((value & 0xff) << 16) | ((value & 0xff) << 24), atomicType);
            return;
        }
        const originalValue = this.readUint32(alignedAddress);
        const newValue = new Uint32Array([originalValue]);
        new DataView(newValue.buffer).setUint8(offset, value);
        this.writeUint32(alignedAddress, newValue[0]);
    }
    writeUint16(address, value) {
        // we assume that addess is 16-bit aligned.
        // Ideally we should generate a fault if not!
        if (address >= RAM_START_ADDRESS && address + 1 < RAM_START_ADDRESS + this.sram.length) {
            this.sramView.setUint16(address - RAM_START_ADDRESS, value, true);
            return;
        }
        const alignedAddress = (address & 0xfffffffc) >>> 0;
        const offset = address & 0x3;
        const peripheral = this.findPeripheral(address);
        if (peripheral) {
            const atomicType = (alignedAddress & 0x3000) >> 12;
            const offset = alignedAddress & 0xfff;
            peripheral.writeUint32Atomic(offset, (value & 0xffff) | ((value & 0xffff) << 16), atomicType);
            return;
        }
        if (offset === 3) {
            // The halfword spans two words
            this.writeUint8(address, value & 0xff);
            this.writeUint8(address + 1, (value >> 8) & 0xff);
            return;
        }
        const originalValue = this.readUint32(alignedAddress);
        const newValue = new Uint32Array([originalValue]);
        new DataView(newValue.buffer).setUint16(offset, value, true);
        this.writeUint32(alignedAddress, newValue[0]);
    }
    get gpioValues() {
        const { gpio } = this;
        let result = 0;
        for (let gpioIndex = 0; gpioIndex < gpio.length; gpioIndex++) {
            if (gpio[gpioIndex].inputValue) {
                result |= 1 << gpioIndex;
            }
        }
        return result;
    }
    setInterrupt(irq, value) {
        this.core.setInterrupt(irq, value);
    }
    updateIOInterrupt() {
        let interruptValue = false;
        for (const pin of this.gpio) {
            if (pin.irqValue) {
                interruptValue = true;
            }
        }
        this.setInterrupt(IRQ.IO_BANK0, interruptValue);
    }
    step() {
        this.core.executeInstruction();
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/cortex-m0-core.js


/* eslint-disable @typescript-eslint/no-unused-vars */
const EXC_RESET = 1;
const EXC_NMI = 2;
const EXC_HARDFAULT = 3;
const EXC_SVCALL = 11;
const EXC_PENDSV = 14;
const EXC_SYSTICK = 15;
const SYSM_APSR = 0;
const SYSM_IAPSR = 1;
const SYSM_EAPSR = 2;
const SYSM_XPSR = 3;
const SYSM_IPSR = 5;
const SYSM_EPSR = 6;
const SYSM_IEPSR = 7;
const cortex_m0_core_SYSM_MSP = 8;
const cortex_m0_core_SYSM_PSP = 9;
const cortex_m0_core_SYSM_PRIMASK = 16;
const cortex_m0_core_SYSM_CONTROL = 20;
/* eslint-enable @typescript-eslint/no-unused-vars */
// Lowest possible exception priority
const LOWEST_PRIORITY = 4;
var ExecutionMode;
(function (ExecutionMode) {
    ExecutionMode[ExecutionMode["Mode_Thread"] = 0] = "Mode_Thread";
    ExecutionMode[ExecutionMode["Mode_Handler"] = 1] = "Mode_Handler";
})(ExecutionMode || (ExecutionMode = {}));
function signExtend8(value) {
    return (value << 24) >> 24;
}
function signExtend16(value) {
    return (value << 16) >> 16;
}
const spRegister = 13;
const pcRegister = 15;
var StackPointerBank;
(function (StackPointerBank) {
    StackPointerBank[StackPointerBank["SPmain"] = 0] = "SPmain";
    StackPointerBank[StackPointerBank["SPprocess"] = 1] = "SPprocess";
})(StackPointerBank || (StackPointerBank = {}));
const cortex_m0_core_LOG_NAME = 'CortexM0Core';
class CortexM0Core {
    constructor(rp2040) {
        this.rp2040 = rp2040;
        this.registers = new Uint32Array(16);
        this.bankedSP = 0;
        this.cycles = 0;
        this.eventRegistered = false;
        this.waiting = false;
        // APSR fields
        this.N = false;
        this.C = false;
        this.Z = false;
        this.V = false;
        // How many bytes to rewind the last break instruction
        this.breakRewind = 0;
        // PRIMASK fields
        this.PM = false;
        // CONTROL fields
        this.SPSEL = StackPointerBank.SPmain;
        this.nPRIV = false;
        this.currentMode = ExecutionMode.Mode_Thread;
        this.IPSR = 0;
        this.interruptNMIMask = 0;
        this.pendingInterrupts = 0;
        this.enabledInterrupts = 0;
        this.interruptPriorities = [0xffffffff, 0x0, 0x0, 0x0];
        this.pendingNMI = false;
        this.pendingPendSV = false;
        this.pendingSVCall = false;
        this.pendingSystick = false;
        this.interruptsUpdated = false;
        this.VTOR = 0;
        this.SHPR2 = 0;
        this.SHPR3 = 0;
        /** Hook to listen for function calls - branch-link (BL/BLX) instructions */
        this.blTaken = (core, blx) => {
            void core; // surpress unused variable warnings
            void blx;
        };
        this.SP = 0xfffffffc;
        this.bankedSP = 0xfffffffc;
    }
    get logger() {
        return this.rp2040.logger;
    }
    reset() {
        this.SP = this.rp2040.readUint32(this.VTOR);
        this.PC = this.rp2040.readUint32(this.VTOR + 4) & 0xfffffffe;
        this.cycles = 0;
    }
    get SP() {
        return this.registers[13];
    }
    set SP(value) {
        this.registers[13] = value & ~0x3;
    }
    get LR() {
        return this.registers[14];
    }
    set LR(value) {
        this.registers[14] = value;
    }
    get PC() {
        return this.registers[15];
    }
    set PC(value) {
        this.registers[15] = value;
    }
    get APSR() {
        return ((this.N ? 0x80000000 : 0) |
            (this.Z ? 0x40000000 : 0) |
            (this.C ? 0x20000000 : 0) |
            (this.V ? 0x10000000 : 0));
    }
    set APSR(value) {
        this.N = !!(value & 0x80000000);
        this.Z = !!(value & 0x40000000);
        this.C = !!(value & 0x20000000);
        this.V = !!(value & 0x10000000);
    }
    get xPSR() {
        return this.APSR | this.IPSR | (1 << 24);
    }
    set xPSR(value) {
        this.APSR = value;
        this.IPSR = value & 0x3f;
    }
    checkCondition(cond) {
        // Evaluate base condition.
        let result = false;
        switch (cond >> 1) {
            case 0b000:
                result = this.Z;
                break;
            case 0b001:
                result = this.C;
                break;
            case 0b010:
                result = this.N;
                break;
            case 0b011:
                result = this.V;
                break;
            case 0b100:
                result = this.C && !this.Z;
                break;
            case 0b101:
                result = this.N === this.V;
                break;
            case 0b110:
                result = this.N === this.V && !this.Z;
                break;
            case 0b111:
                result = true;
                break;
        }
        return cond & 0b1 && cond != 0b1111 ? !result : result;
    }
    readUint32(address) {
        return this.rp2040.readUint32(address);
    }
    readUint16(address) {
        return this.rp2040.readUint16(address);
    }
    readUint8(address) {
        return this.rp2040.readUint8(address);
    }
    writeUint32(address, value) {
        this.rp2040.writeUint32(address, value);
    }
    writeUint16(address, value) {
        this.rp2040.writeUint16(address, value);
    }
    writeUint8(address, value) {
        this.rp2040.writeUint8(address, value);
    }
    switchStack(stack) {
        if (this.SPSEL !== stack) {
            const temp = this.SP;
            this.SP = this.bankedSP;
            this.bankedSP = temp;
            this.SPSEL = stack;
        }
    }
    get SPprocess() {
        return this.SPSEL === StackPointerBank.SPprocess ? this.SP : this.bankedSP;
    }
    set SPprocess(value) {
        if (this.SPSEL === StackPointerBank.SPprocess) {
            this.SP = value;
        }
        else {
            this.bankedSP = value >>> 0;
        }
    }
    get SPmain() {
        return this.SPSEL === StackPointerBank.SPmain ? this.SP : this.bankedSP;
    }
    set SPmain(value) {
        if (this.SPSEL === StackPointerBank.SPmain) {
            this.SP = value;
        }
        else {
            this.bankedSP = value >>> 0;
        }
    }
    exceptionEntry(exceptionNumber) {
        // PushStack:
        let framePtr = 0;
        let framePtrAlign = 0;
        if (this.SPSEL && this.currentMode === ExecutionMode.Mode_Thread) {
            framePtrAlign = this.SPprocess & 0b100 ? 1 : 0;
            this.SPprocess = (this.SPprocess - 0x20) & ~0b100;
            framePtr = this.SPprocess;
        }
        else {
            framePtrAlign = this.SPmain & 0b100 ? 1 : 0;
            this.SPmain = (this.SPmain - 0x20) & ~0b100;
            framePtr = this.SPmain;
        }
        /* only the stack locations, not the store order, are architected */
        this.writeUint32(framePtr, this.registers[0]);
        this.writeUint32(framePtr + 0x4, this.registers[1]);
        this.writeUint32(framePtr + 0x8, this.registers[2]);
        this.writeUint32(framePtr + 0xc, this.registers[3]);
        this.writeUint32(framePtr + 0x10, this.registers[12]);
        this.writeUint32(framePtr + 0x14, this.LR);
        this.writeUint32(framePtr + 0x18, this.PC & ~1); // ReturnAddress(ExceptionType);
        this.writeUint32(framePtr + 0x1c, (this.xPSR & ~(1 << 9)) | (framePtrAlign << 9));
        if (this.currentMode == ExecutionMode.Mode_Handler) {
            this.LR = 0xfffffff1;
        }
        else {
            if (!this.SPSEL) {
                this.LR = 0xfffffff9;
            }
            else {
                this.LR = 0xfffffffd;
            }
        }
        // ExceptionTaken:
        this.currentMode = ExecutionMode.Mode_Handler; // Enter Handler Mode, now Privileged
        this.IPSR = exceptionNumber;
        this.switchStack(StackPointerBank.SPmain);
        this.eventRegistered = true;
        const vectorTable = this.VTOR;
        this.PC = this.readUint32(vectorTable + 4 * exceptionNumber);
    }
    exceptionReturn(excReturn) {
        let framePtr = this.SPmain;
        switch (excReturn & 0xf) {
            case 0b0001: // Return to Handler
                this.currentMode = ExecutionMode.Mode_Handler;
                this.switchStack(StackPointerBank.SPmain);
                break;
            case 0b1001: // Return to Thread using Main stack
                this.currentMode = ExecutionMode.Mode_Thread;
                this.switchStack(StackPointerBank.SPmain);
                break;
            case 0b1101: // Return to Thread using Process stack
                framePtr = this.SPprocess;
                this.currentMode = ExecutionMode.Mode_Thread;
                this.switchStack(StackPointerBank.SPprocess);
                break;
            // Assigning CurrentMode to Mode_Thread causes a drop in privilege
            // if CONTROL.nPRIV is set to 1
        }
        // PopStack:
        this.registers[0] = this.readUint32(framePtr); // Stack accesses are performed as Unprivileged accesses if
        this.registers[1] = this.readUint32(framePtr + 0x4); // CONTROL<0>=='1' && EXC_RETURN<3>=='1' Privileged otherwise
        this.registers[2] = this.readUint32(framePtr + 0x8);
        this.registers[3] = this.readUint32(framePtr + 0xc);
        this.registers[12] = this.readUint32(framePtr + 0x10);
        this.LR = this.readUint32(framePtr + 0x14);
        this.PC = this.readUint32(framePtr + 0x18);
        const psr = this.readUint32(framePtr + 0x1c);
        const framePtrAlign = psr & (1 << 9) ? 0b100 : 0;
        switch (excReturn & 0xf) {
            case 0b0001: // Returning to Handler mode
                this.SPmain = (this.SPmain + 0x20) | framePtrAlign;
                break;
            case 0b1001: // Returning to Thread mode using Main stack
                this.SPmain = (this.SPmain + 0x20) | framePtrAlign;
                break;
            case 0b1101: // Returning to Thread mode using Process stack
                this.SPprocess = (this.SPprocess + 0x20) | framePtrAlign;
                break;
        }
        this.APSR = psr & 0xf0000000;
        const forceThread = this.currentMode == ExecutionMode.Mode_Thread && this.nPRIV;
        this.IPSR = forceThread ? 0 : psr & 0x3f;
        this.interruptsUpdated = true;
        // Thumb bit should always be one! EPSR<24> = psr<24>; // Load valid EPSR bits from memory
        this.eventRegistered = true;
        // if CurrentMode == Mode_Thread && SCR.SLEEPONEXIT == '1' then
        // SleepOnExit(); // IMPLEMENTATION DEFINED
    }
    get pendSVPriority() {
        return (this.SHPR3 >> 22) & 0x3;
    }
    get svCallPriority() {
        return this.SHPR2 >>> 30;
    }
    get systickPriority() {
        return this.SHPR3 >>> 30;
    }
    exceptionPriority(n) {
        switch (n) {
            case EXC_RESET:
                return -3;
            case EXC_NMI:
                return -2;
            case EXC_HARDFAULT:
                return -1;
            case EXC_SVCALL:
                return this.svCallPriority;
            case EXC_PENDSV:
                return this.pendSVPriority;
            case EXC_SYSTICK:
                return this.systickPriority;
            default: {
                if (n < 16) {
                    return LOWEST_PRIORITY;
                }
                const intNum = n - 16;
                for (let priority = 0; priority < 4; priority++) {
                    if (this.interruptPriorities[priority] & (1 << intNum)) {
                        return priority;
                    }
                }
                return LOWEST_PRIORITY;
            }
        }
    }
    get vectPending() {
        if (this.pendingNMI) {
            return EXC_NMI;
        }
        const { svCallPriority, systickPriority, pendSVPriority, pendingInterrupts } = this;
        for (let priority = 0; priority < LOWEST_PRIORITY; priority++) {
            const levelInterrupts = pendingInterrupts & this.interruptPriorities[priority];
            if (this.pendingSVCall && priority === svCallPriority) {
                return EXC_SVCALL;
            }
            if (this.pendingPendSV && priority === pendSVPriority) {
                return EXC_PENDSV;
            }
            if (this.pendingSystick && priority === systickPriority) {
                return EXC_SYSTICK;
            }
            if (levelInterrupts) {
                for (let interruptNumber = 0; interruptNumber < 32; interruptNumber++) {
                    if (levelInterrupts & (1 << interruptNumber)) {
                        return 16 + interruptNumber;
                    }
                }
            }
        }
        return 0;
    }
    setInterrupt(irq, value) {
        const irqBit = 1 << irq;
        if (value && !(this.pendingInterrupts & irqBit)) {
            this.pendingInterrupts |= irqBit;
            this.interruptsUpdated = true;
            if (this.waiting && this.checkForInterrupts()) {
                this.waiting = false;
            }
        }
        else if (!value) {
            this.pendingInterrupts &= ~irqBit;
        }
    }
    checkForInterrupts() {
        /* If we're waiting for an interrupt (i.e. WFI/WFE), the ARM says:
           > If PRIMASK.PM is set to 1, an asynchronous exception that has a higher group priority than any
           > active exception results in a WFI instruction exit. If the group priority of the exception is less than or
           > equal to the execution group priority, the exception is ignored.
        */
        const currentPriority = this.waiting
            ? this.PM
                ? this.exceptionPriority(this.IPSR)
                : LOWEST_PRIORITY
            : Math.min(this.exceptionPriority(this.IPSR), this.PM ? 0 : LOWEST_PRIORITY);
        const interruptSet = this.pendingInterrupts & this.enabledInterrupts;
        const { svCallPriority, systickPriority, pendSVPriority } = this;
        if (this.pendingNMI) {
            this.pendingNMI = false;
            this.exceptionEntry(EXC_NMI);
            return true;
        }
        for (let priority = 0; priority < currentPriority; priority++) {
            const levelInterrupts = interruptSet & this.interruptPriorities[priority];
            if (this.pendingSVCall && priority === svCallPriority) {
                this.pendingSVCall = false;
                this.exceptionEntry(EXC_SVCALL);
                return true;
            }
            if (this.pendingPendSV && priority === pendSVPriority) {
                this.pendingPendSV = false;
                this.exceptionEntry(EXC_PENDSV);
                return true;
            }
            if (this.pendingSystick && priority === systickPriority) {
                this.pendingSystick = false;
                this.exceptionEntry(EXC_SYSTICK);
                return true;
            }
            if (levelInterrupts) {
                for (let interruptNumber = 0; interruptNumber < 32; interruptNumber++) {
                    if (levelInterrupts & (1 << interruptNumber)) {
                        if (interruptNumber > MAX_HARDWARE_IRQ) {
                            this.pendingInterrupts &= ~(1 << interruptNumber);
                        }
                        this.exceptionEntry(16 + interruptNumber);
                        return true;
                    }
                }
            }
        }
        this.interruptsUpdated = false;
        return false;
    }
    readSpecialRegister(sysm) {
        switch (sysm) {
            case SYSM_APSR:
                return this.APSR;
            case SYSM_XPSR:
                return this.xPSR;
            case SYSM_IPSR:
                return this.IPSR;
            case cortex_m0_core_SYSM_PRIMASK:
                return this.PM ? 1 : 0;
            case cortex_m0_core_SYSM_MSP:
                return this.SPmain;
            case cortex_m0_core_SYSM_PSP:
                return this.SPprocess;
            case cortex_m0_core_SYSM_CONTROL:
                return (this.SPSEL === StackPointerBank.SPprocess ? 2 : 0) | (this.nPRIV ? 1 : 0);
            default:
                this.logger.warn(cortex_m0_core_LOG_NAME, `MRS with unimplemented SYSm value: ${sysm}`);
                return 0;
        }
    }
    writeSpecialRegister(sysm, value) {
        switch (sysm) {
            case SYSM_APSR:
                this.APSR = value;
                break;
            case SYSM_XPSR:
                this.xPSR = value;
                break;
            case SYSM_IPSR:
                this.IPSR = value;
                break;
            case cortex_m0_core_SYSM_PRIMASK:
                this.PM = !!(value & 1);
                this.interruptsUpdated = true;
                break;
            case cortex_m0_core_SYSM_MSP:
                this.SPmain = value;
                break;
            case cortex_m0_core_SYSM_PSP:
                this.SPprocess = value;
                break;
            case cortex_m0_core_SYSM_CONTROL:
                this.nPRIV = !!(value & 1);
                if (this.currentMode === ExecutionMode.Mode_Thread) {
                    this.switchStack(value & 2 ? StackPointerBank.SPprocess : StackPointerBank.SPmain);
                }
                break;
            default:
                this.logger.warn(cortex_m0_core_LOG_NAME, `MRS with unimplemented SYSm value: ${sysm}`);
                return 0;
        }
    }
    BXWritePC(address) {
        if (this.currentMode == ExecutionMode.Mode_Handler && address >>> 28 == 0b1111) {
            this.exceptionReturn(address & 0x0fffffff);
        }
        else {
            this.PC = address & ~1;
        }
    }
    substractUpdateFlags(minuend, subtrahend) {
        const result = minuend - subtrahend;
        this.N = !!(result & 0x80000000);
        this.Z = (result & 0xffffffff) === 0;
        this.C = minuend >= subtrahend;
        this.V =
            (!!(result & 0x80000000) && !(minuend & 0x80000000) && !!(subtrahend & 0x80000000)) ||
                (!(result & 0x80000000) && !!(minuend & 0x80000000) && !(subtrahend & 0x80000000));
        return result;
    }
    addUpdateFlags(addend1, addend2) {
        const unsignedSum = (addend1 + addend2) >>> 0;
        const signedSum = (addend1 | 0) + (addend2 | 0);
        const result = addend1 + addend2;
        this.N = !!(result & 0x80000000);
        this.Z = (result & 0xffffffff) === 0;
        this.C = result === unsignedSum ? false : true;
        this.V = (result | 0) === signedSum ? false : true;
        return result & 0xffffffff;
    }
    cyclesIO(addr, write = false) {
        addr = addr >>> 0;
        if (addr >= SIO_START_ADDRESS && addr < SIO_START_ADDRESS + 0x10000000) {
            return 0;
        }
        if (addr >= APB_START_ADDRESS && addr < APB_START_ADDRESS + 0x10000000) {
            return write ? 4 : 3;
        }
        return 1;
    }
    executeInstruction() {
        if (this.interruptsUpdated) {
            if (this.checkForInterrupts()) {
                this.waiting = false;
            }
        }
        // ARM Thumb instruction encoding - 16 bits / 2 bytes
        const opcodePC = this.PC & ~1; //ensure no LSB set PC are executed
        const opcode = this.readUint16(opcodePC);
        const wideInstruction = opcode >> 12 === 0b1111 || opcode >> 11 === 0b11101;
        const opcode2 = wideInstruction ? this.readUint16(opcodePC + 2) : 0;
        this.PC += 2;
        let deltaCycles = 1;
        // ADCS
        if (opcode >> 6 === 0b0100000101) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            this.registers[Rdn] = this.addUpdateFlags(this.registers[Rm], this.registers[Rdn] + (this.C ? 1 : 0));
        }
        // ADD (register = SP plus immediate)
        else if (opcode >> 11 === 0b10101) {
            const imm8 = opcode & 0xff;
            const Rd = (opcode >> 8) & 0x7;
            this.registers[Rd] = this.SP + (imm8 << 2);
        }
        // ADD (SP plus immediate)
        else if (opcode >> 7 === 0b101100000) {
            const imm32 = (opcode & 0x7f) << 2;
            this.SP += imm32;
        }
        // ADDS (Encoding T1)
        else if (opcode >> 9 === 0b0001110) {
            const imm3 = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.addUpdateFlags(this.registers[Rn], imm3);
        }
        // ADDS (Encoding T2)
        else if (opcode >> 11 === 0b00110) {
            const imm8 = opcode & 0xff;
            const Rdn = (opcode >> 8) & 0x7;
            this.registers[Rdn] = this.addUpdateFlags(this.registers[Rdn], imm8);
        }
        // ADDS (register)
        else if (opcode >> 9 === 0b0001100) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.addUpdateFlags(this.registers[Rn], this.registers[Rm]);
        }
        // ADD (register)
        else if (opcode >> 8 === 0b01000100) {
            const Rm = (opcode >> 3) & 0xf;
            const Rdn = ((opcode & 0x80) >> 4) | (opcode & 0x7);
            const leftValue = Rdn === pcRegister ? this.PC + 2 : this.registers[Rdn];
            const rightValue = Rm === pcRegister ? this.PC + 2 : this.registers[Rm];
            const result = leftValue + rightValue;
            if (Rdn !== spRegister && Rdn !== pcRegister) {
                this.registers[Rdn] = result;
            }
            else if (Rdn === pcRegister) {
                this.registers[Rdn] = result & ~0x1;
                deltaCycles++;
            }
            else if (Rdn === spRegister) {
                this.registers[Rdn] = result & ~0x3;
            }
        }
        // ADR
        else if (opcode >> 11 === 0b10100) {
            const imm8 = opcode & 0xff;
            const Rd = (opcode >> 8) & 0x7;
            this.registers[Rd] = (opcodePC & 0xfffffffc) + 4 + (imm8 << 2);
        }
        // ANDS (Encoding T2)
        else if (opcode >> 6 === 0b0100000000) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const result = this.registers[Rdn] & this.registers[Rm];
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = (result & 0xffffffff) === 0;
        }
        // ASRS (immediate)
        else if (opcode >> 11 === 0b00010) {
            const imm5 = (opcode >> 6) & 0x1f;
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            const input = this.registers[Rm];
            const shiftN = imm5 ? imm5 : 32;
            const result = shiftN < 32 ? input >> shiftN : (input & 0x80000000) >> 31;
            this.registers[Rd] = result;
            this.N = !!(result & 0x80000000);
            this.Z = (result & 0xffffffff) === 0;
            this.C = input & (1 << (shiftN - 1)) ? true : false;
        }
        // ASRS (register)
        else if (opcode >> 6 === 0b0100000100) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const input = this.registers[Rdn];
            const shiftN = (this.registers[Rm] & 0xff) < 32 ? this.registers[Rm] & 0xff : 32;
            const result = shiftN < 32 ? input >> shiftN : (input & 0x80000000) >> 31;
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = (result & 0xffffffff) === 0;
            this.C = input & (1 << (shiftN - 1)) ? true : false;
        }
        // B (with cond)
        else if (opcode >> 12 === 0b1101 && ((opcode >> 9) & 0x7) !== 0b111) {
            let imm8 = (opcode & 0xff) << 1;
            const cond = (opcode >> 8) & 0xf;
            if (imm8 & (1 << 8)) {
                imm8 = (imm8 & 0x1ff) - 0x200;
            }
            if (this.checkCondition(cond)) {
                this.PC += imm8 + 2;
                deltaCycles++;
            }
        }
        // B
        else if (opcode >> 11 === 0b11100) {
            let imm11 = (opcode & 0x7ff) << 1;
            if (imm11 & (1 << 11)) {
                imm11 = (imm11 & 0x7ff) - 0x800;
            }
            this.PC += imm11 + 2;
            deltaCycles++;
        }
        // BICS
        else if (opcode >> 6 === 0b0100001110) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const result = (this.registers[Rdn] &= ~this.registers[Rm]);
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
        }
        // BKPT
        else if (opcode >> 8 === 0b10111110) {
            const imm8 = opcode & 0xff;
            this.breakRewind = 2;
            this.rp2040.onBreak(imm8);
        }
        // BL
        else if (opcode >> 11 === 0b11110 && opcode2 >> 14 === 0b11 && ((opcode2 >> 12) & 0x1) == 1) {
            const imm11 = opcode2 & 0x7ff;
            const J2 = (opcode2 >> 11) & 0x1;
            const J1 = (opcode2 >> 13) & 0x1;
            const imm10 = opcode & 0x3ff;
            const S = (opcode >> 10) & 0x1;
            const I1 = 1 - (S ^ J1);
            const I2 = 1 - (S ^ J2);
            const imm32 = ((S ? 0b11111111 : 0) << 24) | ((I1 << 23) | (I2 << 22) | (imm10 << 12) | (imm11 << 1));
            this.LR = (this.PC + 2) | 0x1;
            this.PC += 2 + imm32;
            deltaCycles += 2;
            this.blTaken(this, false);
        }
        // BLX
        else if (opcode >> 7 === 0b010001111 && (opcode & 0x7) === 0) {
            const Rm = (opcode >> 3) & 0xf;
            this.LR = this.PC | 0x1;
            this.PC = this.registers[Rm] & ~1;
            deltaCycles++;
            this.blTaken(this, true);
        }
        // BX
        else if (opcode >> 7 === 0b010001110 && (opcode & 0x7) === 0) {
            const Rm = (opcode >> 3) & 0xf;
            this.BXWritePC(this.registers[Rm]);
            deltaCycles++;
        }
        // CMN (register)
        else if (opcode >> 6 === 0b0100001011) {
            const Rm = (opcode >> 3) & 0x7;
            const Rn = opcode & 0x7;
            this.addUpdateFlags(this.registers[Rn], this.registers[Rm]);
        }
        // CMP immediate
        else if (opcode >> 11 === 0b00101) {
            const Rn = (opcode >> 8) & 0x7;
            const imm8 = opcode & 0xff;
            this.substractUpdateFlags(this.registers[Rn], imm8);
        }
        // CMP (register)
        else if (opcode >> 6 === 0b0100001010) {
            const Rm = (opcode >> 3) & 0x7;
            const Rn = opcode & 0x7;
            this.substractUpdateFlags(this.registers[Rn], this.registers[Rm]);
        }
        // CMP (register) encoding T2
        else if (opcode >> 8 === 0b01000101) {
            const Rm = (opcode >> 3) & 0xf;
            const Rn = ((opcode >> 4) & 0x8) | (opcode & 0x7);
            this.substractUpdateFlags(this.registers[Rn], this.registers[Rm]);
        }
        // CPSID i
        else if (opcode === 0xb672) {
            this.PM = true;
        }
        // CPSIE i
        else if (opcode === 0xb662) {
            this.PM = false;
            this.interruptsUpdated = true;
        }
        // DMB SY
        else if (opcode === 0xf3bf && (opcode2 & 0xfff0) === 0x8f50) {
            this.PC += 2;
            deltaCycles += 2;
        }
        // DSB SY
        else if (opcode === 0xf3bf && (opcode2 & 0xfff0) === 0x8f40) {
            this.PC += 2;
            deltaCycles += 2;
        }
        // EORS
        else if (opcode >> 6 === 0b0100000001) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const result = this.registers[Rm] ^ this.registers[Rdn];
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
        }
        // ISB SY
        else if (opcode === 0xf3bf && (opcode2 & 0xfff0) === 0x8f60) {
            this.PC += 2;
            deltaCycles += 2;
        }
        // LDMIA
        else if (opcode >> 11 === 0b11001) {
            const Rn = (opcode >> 8) & 0x7;
            const registers = opcode & 0xff;
            let address = this.registers[Rn];
            for (let i = 0; i < 8; i++) {
                if (registers & (1 << i)) {
                    this.registers[i] = this.readUint32(address);
                    address += 4;
                    deltaCycles++;
                }
            }
            // Write back
            if (!(registers & (1 << Rn))) {
                this.registers[Rn] = address;
            }
        }
        // LDR (immediate)
        else if (opcode >> 11 === 0b01101) {
            const imm5 = ((opcode >> 6) & 0x1f) << 2;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rn] + imm5;
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint32(addr);
        }
        // LDR (sp + immediate)
        else if (opcode >> 11 === 0b10011) {
            const Rt = (opcode >> 8) & 0x7;
            const imm8 = opcode & 0xff;
            const addr = this.SP + (imm8 << 2);
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint32(addr);
        }
        // LDR (literal)
        else if (opcode >> 11 === 0b01001) {
            const imm8 = (opcode & 0xff) << 2;
            const Rt = (opcode >> 8) & 7;
            const nextPC = this.PC + 2;
            const addr = (nextPC & 0xfffffffc) + imm8;
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint32(addr);
        }
        // LDR (register)
        else if (opcode >> 9 === 0b0101100) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint32(addr);
        }
        // LDRB (immediate)
        else if (opcode >> 11 === 0b01111) {
            const imm5 = (opcode >> 6) & 0x1f;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rn] + imm5;
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint8(addr);
        }
        // LDRB (register)
        else if (opcode >> 9 === 0b0101110) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint8(addr);
        }
        // LDRH (immediate)
        else if (opcode >> 11 === 0b10001) {
            const imm5 = (opcode >> 6) & 0x1f;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rn] + (imm5 << 1);
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint16(addr);
        }
        // LDRH (register)
        else if (opcode >> 9 === 0b0101101) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = this.readUint16(addr);
        }
        // LDRSB
        else if (opcode >> 9 === 0b0101011) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = signExtend8(this.readUint8(addr));
        }
        // LDRSH
        else if (opcode >> 9 === 0b0101111) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const addr = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(addr);
            this.registers[Rt] = signExtend16(this.readUint16(addr));
        }
        // LSLS (immediate)
        else if (opcode >> 11 === 0b00000) {
            const imm5 = (opcode >> 6) & 0x1f;
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            const input = this.registers[Rm];
            const result = input << imm5;
            this.registers[Rd] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
            this.C = imm5 ? !!(input & (1 << (32 - imm5))) : this.C;
        }
        // LSLS (register)
        else if (opcode >> 6 === 0b0100000010) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const input = this.registers[Rdn];
            const shiftCount = this.registers[Rm] & 0xff;
            const result = shiftCount >= 32 ? 0 : input << shiftCount;
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
            this.C = shiftCount ? !!(input & (1 << (32 - shiftCount))) : this.C;
        }
        // LSRS (immediate)
        else if (opcode >> 11 === 0b00001) {
            const imm5 = (opcode >> 6) & 0x1f;
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            const input = this.registers[Rm];
            const result = imm5 ? input >>> imm5 : 0;
            this.registers[Rd] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
            this.C = !!((input >>> (imm5 ? imm5 - 1 : 31)) & 0x1);
        }
        // LSRS (register)
        else if (opcode >> 6 === 0b0100000011) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const shiftAmount = this.registers[Rm] & 0xff;
            const input = this.registers[Rdn];
            const result = shiftAmount < 32 ? input >>> shiftAmount : 0;
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
            this.C = shiftAmount <= 32 ? !!((input >>> (shiftAmount - 1)) & 0x1) : false;
        }
        // MOV
        else if (opcode >> 8 === 0b01000110) {
            const Rm = (opcode >> 3) & 0xf;
            const Rd = ((opcode >> 4) & 0x8) | (opcode & 0x7);
            let value = Rm === pcRegister ? this.PC + 2 : this.registers[Rm];
            if (Rd === pcRegister) {
                deltaCycles++;
                value &= ~1;
            }
            else if (Rd === spRegister) {
                value &= ~3;
            }
            this.registers[Rd] = value;
        }
        // MOVS
        else if (opcode >> 11 === 0b00100) {
            const value = opcode & 0xff;
            const Rd = (opcode >> 8) & 7;
            this.registers[Rd] = value;
            this.N = !!(value & 0x80000000);
            this.Z = value === 0;
        }
        // MRS
        else if (opcode === 0b1111001111101111 && opcode2 >> 12 == 0b1000) {
            const SYSm = opcode2 & 0xff;
            const Rd = (opcode2 >> 8) & 0xf;
            this.registers[Rd] = this.readSpecialRegister(SYSm);
            this.PC += 2;
            deltaCycles += 2;
        }
        // MSR
        else if (opcode >> 4 === 0b111100111000 && opcode2 >> 8 == 0b10001000) {
            const SYSm = opcode2 & 0xff;
            const Rn = opcode & 0xf;
            this.writeSpecialRegister(SYSm, this.registers[Rn]);
            this.PC += 2;
            deltaCycles += 2;
        }
        // MULS
        else if (opcode >> 6 === 0b0100001101) {
            const Rn = (opcode >> 3) & 0x7;
            const Rdm = opcode & 0x7;
            const result = Math.imul(this.registers[Rn], this.registers[Rdm]);
            this.registers[Rdm] = result;
            this.N = !!(result & 0x80000000);
            this.Z = (result & 0xffffffff) === 0;
        }
        // MVNS
        else if (opcode >> 6 === 0b0100001111) {
            const Rm = (opcode >> 3) & 7;
            const Rd = opcode & 7;
            const result = ~this.registers[Rm];
            this.registers[Rd] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
        }
        // ORRS (Encoding T2)
        else if (opcode >> 6 === 0b0100001100) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const result = this.registers[Rdn] | this.registers[Rm];
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = (result & 0xffffffff) === 0;
        }
        // POP
        else if (opcode >> 9 === 0b1011110) {
            const P = (opcode >> 8) & 1;
            let address = this.SP;
            for (let i = 0; i <= 7; i++) {
                if (opcode & (1 << i)) {
                    this.registers[i] = this.readUint32(address);
                    address += 4;
                    deltaCycles++;
                }
            }
            if (P) {
                this.SP = address + 4;
                this.BXWritePC(this.readUint32(address));
                deltaCycles += 2;
            }
            else {
                this.SP = address;
            }
        }
        // PUSH
        else if (opcode >> 9 === 0b1011010) {
            let bitCount = 0;
            for (let i = 0; i <= 8; i++) {
                if (opcode & (1 << i)) {
                    bitCount++;
                }
            }
            let address = this.SP - 4 * bitCount;
            for (let i = 0; i <= 7; i++) {
                if (opcode & (1 << i)) {
                    this.writeUint32(address, this.registers[i]);
                    deltaCycles++;
                    address += 4;
                }
            }
            if (opcode & (1 << 8)) {
                this.writeUint32(address, this.registers[14]);
            }
            this.SP -= 4 * bitCount;
        }
        // REV
        else if (opcode >> 6 === 0b1011101000) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            const input = this.registers[Rm];
            this.registers[Rd] =
                ((input & 0xff) << 24) |
                    (((input >> 8) & 0xff) << 16) |
                    (((input >> 16) & 0xff) << 8) |
                    ((input >> 24) & 0xff);
        }
        // REV16
        else if (opcode >> 6 === 0b1011101001) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            const input = this.registers[Rm];
            this.registers[Rd] =
                (((input >> 16) & 0xff) << 24) |
                    (((input >> 24) & 0xff) << 16) |
                    ((input & 0xff) << 8) |
                    ((input >> 8) & 0xff);
        }
        // REVSH
        else if (opcode >> 6 === 0b1011101011) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            const input = this.registers[Rm];
            this.registers[Rd] = signExtend16(((input & 0xff) << 8) | ((input >> 8) & 0xff));
        }
        // ROR
        else if (opcode >> 6 === 0b0100000111) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            const input = this.registers[Rdn];
            const shift = (this.registers[Rm] & 0xff) % 32;
            const result = (input >>> shift) | (input << (32 - shift));
            this.registers[Rdn] = result;
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
            this.C = !!(result & 0x80000000);
        }
        // NEGS / RSBS
        else if (opcode >> 6 === 0b0100001001) {
            const Rn = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.substractUpdateFlags(0, this.registers[Rn]);
        }
        // NOP
        else if (opcode === 0b1011111100000000) {
            // Do nothing!
        }
        // SBCS (Encoding T1)
        else if (opcode >> 6 === 0b0100000110) {
            const Rm = (opcode >> 3) & 0x7;
            const Rdn = opcode & 0x7;
            this.registers[Rdn] = this.substractUpdateFlags(this.registers[Rdn], this.registers[Rm] + (1 - (this.C ? 1 : 0)));
        }
        // SEV
        else if (opcode === 0b1011111101000000) {
            this.logger.info(cortex_m0_core_LOG_NAME, 'SEV');
        }
        // STMIA
        else if (opcode >> 11 === 0b11000) {
            const Rn = (opcode >> 8) & 0x7;
            const registers = opcode & 0xff;
            let address = this.registers[Rn];
            for (let i = 0; i < 8; i++) {
                if (registers & (1 << i)) {
                    this.writeUint32(address, this.registers[i]);
                    address += 4;
                    deltaCycles++;
                }
            }
            // Write back
            if (!(registers & (1 << Rn))) {
                this.registers[Rn] = address;
            }
        }
        // STR (immediate)
        else if (opcode >> 11 === 0b01100) {
            const imm5 = ((opcode >> 6) & 0x1f) << 2;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const address = this.registers[Rn] + imm5;
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint32(address, this.registers[Rt]);
        }
        // STR (sp + immediate)
        else if (opcode >> 11 === 0b10010) {
            const Rt = (opcode >> 8) & 0x7;
            const imm8 = opcode & 0xff;
            const address = this.SP + (imm8 << 2);
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint32(address, this.registers[Rt]);
        }
        // STR (register)
        else if (opcode >> 9 === 0b0101000) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const address = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint32(address, this.registers[Rt]);
        }
        // STRB (immediate)
        else if (opcode >> 11 === 0b01110) {
            const imm5 = (opcode >> 6) & 0x1f;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const address = this.registers[Rn] + imm5;
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint8(address, this.registers[Rt]);
        }
        // STRB (register)
        else if (opcode >> 9 === 0b0101010) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const address = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint8(address, this.registers[Rt]);
        }
        // STRH (immediate)
        else if (opcode >> 11 === 0b10000) {
            const imm5 = ((opcode >> 6) & 0x1f) << 1;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const address = this.registers[Rn] + imm5;
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint16(address, this.registers[Rt]);
        }
        // STRH (register)
        else if (opcode >> 9 === 0b0101001) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rt = opcode & 0x7;
            const address = this.registers[Rm] + this.registers[Rn];
            deltaCycles += this.cyclesIO(address, true);
            this.writeUint16(address, this.registers[Rt]);
        }
        // SUB (SP minus immediate)
        else if (opcode >> 7 === 0b101100001) {
            const imm32 = (opcode & 0x7f) << 2;
            this.SP -= imm32;
        }
        // SUBS (Encoding T1)
        else if (opcode >> 9 === 0b0001111) {
            const imm3 = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.substractUpdateFlags(this.registers[Rn], imm3);
        }
        // SUBS (Encoding T2)
        else if (opcode >> 11 === 0b00111) {
            const imm8 = opcode & 0xff;
            const Rdn = (opcode >> 8) & 0x7;
            this.registers[Rdn] = this.substractUpdateFlags(this.registers[Rdn], imm8);
        }
        // SUBS (register)
        else if (opcode >> 9 === 0b0001101) {
            const Rm = (opcode >> 6) & 0x7;
            const Rn = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.substractUpdateFlags(this.registers[Rn], this.registers[Rm]);
        }
        // SVC
        else if (opcode >> 8 === 0b11011111) {
            this.pendingSVCall = true;
            this.interruptsUpdated = true;
        }
        // SXTB
        else if (opcode >> 6 === 0b1011001001) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = signExtend8(this.registers[Rm]);
        }
        // SXTH
        else if (opcode >> 6 === 0b1011001000) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = signExtend16(this.registers[Rm]);
        }
        // TST
        else if (opcode >> 6 == 0b0100001000) {
            const Rm = (opcode >> 3) & 0x7;
            const Rn = opcode & 0x7;
            const result = this.registers[Rn] & this.registers[Rm];
            this.N = !!(result & 0x80000000);
            this.Z = result === 0;
        }
        // UDF
        else if (opcode >> 8 == 0b11011110) {
            const imm8 = opcode & 0xff;
            this.breakRewind = 2;
            this.rp2040.onBreak(imm8);
        }
        // UDF (Encoding T2)
        else if (opcode >> 4 === 0b111101111111 && opcode2 >> 12 === 0b1010) {
            const imm4 = opcode & 0xf;
            const imm12 = opcode2 & 0xfff;
            this.breakRewind = 4;
            this.rp2040.onBreak((imm4 << 12) | imm12);
            this.PC += 2;
        }
        // UXTB
        else if (opcode >> 6 == 0b1011001011) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.registers[Rm] & 0xff;
        }
        // UXTH
        else if (opcode >> 6 == 0b1011001010) {
            const Rm = (opcode >> 3) & 0x7;
            const Rd = opcode & 0x7;
            this.registers[Rd] = this.registers[Rm] & 0xffff;
        }
        // WFE
        else if (opcode === 0b1011111100100000) {
            deltaCycles++;
            if (this.eventRegistered) {
                this.eventRegistered = false;
            }
            else {
                this.waiting = true;
            }
        }
        // WFI
        else if (opcode === 0b1011111100110000) {
            deltaCycles++;
            this.waiting = true;
        }
        // YIELD
        else if (opcode === 0b1011111100010000) {
            // do nothing for now. Wait for event!
            this.logger.info(cortex_m0_core_LOG_NAME, 'Yield');
        }
        else {
            this.logger.warn(cortex_m0_core_LOG_NAME, `Warning: Instruction at ${opcodePC.toString(16)} is not implemented yet!`);
            this.logger.warn(cortex_m0_core_LOG_NAME, `Opcode: 0x${opcode.toString(16)} (0x${opcode2.toString(16)})`);
        }
        this.cycles += deltaCycles;
        return deltaCycles;
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/gdb/gdb-server.js
/**
 * RP2040 GDB Server
 *
 * Copyright (C) 2021, Uri Shaked
 */



const gdb_server_STOP_REPLY_SIGINT = 'S02';
const gdb_server_STOP_REPLY_TRAP = 'S05';
/* string value: armv6m-none-unknown-eabi */
const lldbTriple = '61726d76366d2d6e6f6e652d756e6b6e6f776e2d65616269';
const registers = (/* unused pure expression or super */ null && ([
    `name:r0;bitsize:32;offset:0;encoding:int;format:hex;set:General Purpose Registers;generic:arg1;gcc:0;dwarf:0;`,
    `name:r1;bitsize:32;offset:4;encoding:int;format:hex;set:General Purpose Registers;generic:arg2;gcc:1;dwarf:1;`,
    `name:r2;bitsize:32;offset:8;encoding:int;format:hex;set:General Purpose Registers;generic:arg3;gcc:2;dwarf:2;`,
    `name:r3;bitsize:32;offset:12;encoding:int;format:hex;set:General Purpose Registers;generic:arg4;gcc:3;dwarf:3;`,
    `name:r4;bitsize:32;offset:16;encoding:int;format:hex;set:General Purpose Registers;gcc:4;dwarf:4;`,
    `name:r5;bitsize:32;offset:20;encoding:int;format:hex;set:General Purpose Registers;gcc:5;dwarf:5;`,
    `name:r6;bitsize:32;offset:24;encoding:int;format:hex;set:General Purpose Registers;gcc:6;dwarf:6;`,
    `name:r7;bitsize:32;offset:28;encoding:int;format:hex;set:General Purpose Registers;gcc:7;dwarf:7;`,
    `name:r8;bitsize:32;offset:32;encoding:int;format:hex;set:General Purpose Registers;gcc:8;dwarf:8;`,
    `name:r9;bitsize:32;offset:36;encoding:int;format:hex;set:General Purpose Registers;gcc:9;dwarf:9;`,
    `name:r10;bitsize:32;offset:40;encoding:int;format:hex;set:General Purpose Registers;gcc:10;dwarf:10;`,
    `name:r11;bitsize:32;offset:44;encoding:int;format:hex;set:General Purpose Registers;generic:fp;gcc:11;dwarf:11;`,
    `name:r12;bitsize:32;offset:48;encoding:int;format:hex;set:General Purpose Registers;gcc:12;dwarf:12;`,
    `name:sp;bitsize:32;offset:52;encoding:int;format:hex;set:General Purpose Registers;generic:sp;alt-name:r13;gcc:13;dwarf:13;`,
    `name:lr;bitsize:32;offset:56;encoding:int;format:hex;set:General Purpose Registers;generic:ra;alt-name:r14;gcc:14;dwarf:14;`,
    `name:pc;bitsize:32;offset:60;encoding:int;format:hex;set:General Purpose Registers;generic:pc;alt-name:r15;gcc:15;dwarf:15;`,
    `name:cpsr;bitsize:32;offset:64;encoding:int;format:hex;set:General Purpose Registers;generic:flags;alt-name:psr;gcc:16;dwarf:16;`,
]));
const targetXML = (/* unused pure expression or super */ null && (`<?xml version="1.0"?>
<!DOCTYPE target SYSTEM "gdb-target.dtd">
<target version="1.0">
<architecture>arm</architecture>
<feature name="org.gnu.gdb.arm.m-profile">
<reg name="r0" bitsize="32" regnum="0" save-restore="yes" type="int" group="general"/>
<reg name="r1" bitsize="32" regnum="1" save-restore="yes" type="int" group="general"/>
<reg name="r2" bitsize="32" regnum="2" save-restore="yes" type="int" group="general"/>
<reg name="r3" bitsize="32" regnum="3" save-restore="yes" type="int" group="general"/>
<reg name="r4" bitsize="32" regnum="4" save-restore="yes" type="int" group="general"/>
<reg name="r5" bitsize="32" regnum="5" save-restore="yes" type="int" group="general"/>
<reg name="r6" bitsize="32" regnum="6" save-restore="yes" type="int" group="general"/>
<reg name="r7" bitsize="32" regnum="7" save-restore="yes" type="int" group="general"/>
<reg name="r8" bitsize="32" regnum="8" save-restore="yes" type="int" group="general"/>
<reg name="r9" bitsize="32" regnum="9" save-restore="yes" type="int" group="general"/>
<reg name="r10" bitsize="32" regnum="10" save-restore="yes" type="int" group="general"/>
<reg name="r11" bitsize="32" regnum="11" save-restore="yes" type="int" group="general"/>
<reg name="r12" bitsize="32" regnum="12" save-restore="yes" type="int" group="general"/>
<reg name="sp" bitsize="32" regnum="13" save-restore="yes" type="data_ptr" group="general"/>
<reg name="lr" bitsize="32" regnum="14" save-restore="yes" type="int" group="general"/>
<reg name="pc" bitsize="32" regnum="15" save-restore="yes" type="code_ptr" group="general"/>
<reg name="xPSR" bitsize="32" regnum="16" save-restore="yes" type="int" group="general"/>
</feature>
<feature name="org.gnu.gdb.arm.m-system">
<reg name="msp" bitsize="32" regnum="17" save-restore="yes" type="data_ptr" group="system"/>
<reg name="psp" bitsize="32" regnum="18" save-restore="yes" type="data_ptr" group="system"/>
<reg name="primask" bitsize="1" regnum="19" save-restore="yes" type="int8" group="system"/>
<reg name="basepri" bitsize="8" regnum="20" save-restore="yes" type="int8" group="system"/>
<reg name="faultmask" bitsize="1" regnum="21" save-restore="yes" type="int8" group="system"/>
<reg name="control" bitsize="2" regnum="22" save-restore="yes" type="int8" group="system"/>
</feature>
</target>`));
const gdb_server_LOG_NAME = 'GDBServer';
class GDBServer {
    constructor(target) {
        this.target = target;
        this.logger = new ConsoleLogger(LogLevel.Warn, true);
        this.connections = new Set();
    }
    processGDBMessage(cmd) {
        const { rp2040 } = this.target;
        const { core } = rp2040;
        if (cmd === 'Hg0') {
            return gdbMessage('OK');
        }
        switch (cmd[0]) {
            case '?':
                return gdbMessage(gdb_server_STOP_REPLY_TRAP);
            case 'q':
                // Query things
                if (cmd.startsWith('qSupported:')) {
                    return gdbMessage('PacketSize=4000;vContSupported+;qXfer:features:read+');
                }
                if (cmd === 'qAttached') {
                    return gdbMessage('1');
                }
                if (cmd.startsWith('qXfer:features:read:target.xml')) {
                    return gdbMessage('l' + targetXML);
                }
                if (cmd.startsWith('qRegisterInfo')) {
                    const index = parseInt(cmd.substring(13), 16);
                    const register = registers[index];
                    if (register) {
                        return gdbMessage(register);
                    }
                    else {
                        return gdbMessage(`E45`);
                    }
                }
                if (cmd === 'qHostInfo') {
                    return gdbMessage(`triple:${lldbTriple};endian:little;ptrsize:4;`);
                }
                if (cmd === 'qProcessInfo') {
                    return gdbMessage('pid:1;endian:little;ptrsize:4;');
                }
                return gdbMessage('');
            case 'v':
                if (cmd === 'vCont?') {
                    return gdbMessage('vCont;c;C;s;S');
                }
                if (cmd.startsWith('vCont;c')) {
                    if (!this.target.executing) {
                        this.target.execute();
                    }
                    return;
                }
                if (cmd.startsWith('vCont;s')) {
                    rp2040.step();
                    const registerStatus = [];
                    for (let i = 0; i < 17; i++) {
                        const value = i === 16 ? core.xPSR : core.registers[i];
                        registerStatus.push(`${encodeHexByte(i)}:${encodeHexUint32(value)}`);
                    }
                    return gdbMessage(`T05${registerStatus.join(';')};reason:trace;`);
                }
                break;
            case 'c':
                if (!this.target.executing) {
                    this.target.execute();
                }
                return gdbMessage('OK');
            case 'g': {
                // Read registers
                const buf = new Uint32Array(17);
                buf.set(core.registers);
                buf[16] = core.xPSR;
                return gdbMessage(encodeHexBuf(new Uint8Array(buf.buffer)));
            }
            case 'p': {
                // Read register
                const registerIndex = parseInt(cmd.substr(1), 16);
                if (registerIndex >= 0 && registerIndex <= 15) {
                    return gdbMessage(encodeHexUint32(core.registers[registerIndex]));
                }
                const specialRegister = (sysm) => gdbMessage(encodeHexUint32(core.readSpecialRegister(sysm)));
                switch (registerIndex) {
                    case 0x10:
                        return gdbMessage(encodeHexUint32(core.xPSR));
                    case 0x11:
                        return specialRegister(SYSM_MSP);
                    case 0x12:
                        return specialRegister(SYSM_PSP);
                    case 0x13:
                        return specialRegister(SYSM_PRIMASK);
                    case 0x14:
                        this.logger.warn(gdb_server_LOG_NAME, 'TODO BASEPRI');
                        return gdbMessage(encodeHexUint32(0)); // TODO BASEPRI
                    case 0x15:
                        this.logger.warn(gdb_server_LOG_NAME, 'TODO faultmask');
                        return gdbMessage(encodeHexUint32(0)); // TODO faultmask
                    case 0x16:
                        return specialRegister(SYSM_CONTROL);
                }
                break;
            }
            case 'P': {
                // Write register
                const params = cmd.substring(1).split('=');
                const registerIndex = parseInt(params[0], 16);
                const registerValue = params[1].trim();
                const registerBytes = registerIndex > 0x12 ? 1 : 4;
                const decodedValue = decodeHexBuf(registerValue);
                if (registerIndex < 0 || registerIndex > 0x16 || decodedValue.length !== registerBytes) {
                    return gdbMessage('E00');
                }
                const valueBuffer = new Uint8Array(4);
                valueBuffer.set(decodedValue.slice(0, 4));
                const value = new DataView(valueBuffer.buffer).getUint32(0, true);
                switch (registerIndex) {
                    case 0x10:
                        core.xPSR = value;
                        break;
                    case 0x11:
                        core.writeSpecialRegister(SYSM_MSP, value);
                        break;
                    case 0x12:
                        core.writeSpecialRegister(SYSM_PSP, value);
                        break;
                    case 0x13:
                        core.writeSpecialRegister(SYSM_PRIMASK, value);
                        break;
                    case 0x14:
                        this.logger.warn(gdb_server_LOG_NAME, 'TODO BASEPRI');
                        break; // TODO BASEPRI
                    case 0x15:
                        this.logger.warn(gdb_server_LOG_NAME, 'TODO faultmask');
                        break; // TODO faultmask
                    case 0x16:
                        core.writeSpecialRegister(SYSM_CONTROL, value);
                        break;
                    default:
                        core.registers[registerIndex] = value;
                        break;
                }
                return gdbMessage('OK');
            }
            case 'm': {
                // Read memory
                const params = cmd.substr(1).split(',');
                const address = parseInt(params[0], 16);
                const length = parseInt(params[1], 16);
                let result = '';
                for (let i = 0; i < length; i++) {
                    result += encodeHexByte(rp2040.readUint8(address + i));
                }
                return gdbMessage(result);
            }
            case 'M': {
                // Write memory
                const params = cmd.substr(1).split(/[,:]/);
                const address = parseInt(params[0], 16);
                const length = parseInt(params[1], 16);
                const data = decodeHexBuf(params[2].substr(0, length * 2));
                for (let i = 0; i < data.length; i++) {
                    this.debug(`Write ${data[i].toString(16)} to ${(address + i).toString(16)}`);
                    rp2040.writeUint8(address + i, data[i]);
                }
                return gdbMessage('OK');
            }
        }
        return gdbMessage('');
    }
    addConnection(connection) {
        const { rp2040 } = this.target;
        this.connections.add(connection);
        rp2040.onBreak = () => {
            this.target.stop();
            rp2040.core.PC -= rp2040.core.breakRewind;
            for (const connection of this.connections) {
                connection.onBreakpoint();
            }
        };
    }
    removeConnection(connection) {
        this.connections.delete(connection);
    }
    debug(msg) {
        this.logger.debug(gdb_server_LOG_NAME, msg);
    }
    info(msg) {
        this.logger.info(gdb_server_LOG_NAME, msg);
    }
    warn(msg) {
        this.logger.warn(gdb_server_LOG_NAME, msg);
    }
    error(msg) {
        this.logger.error(gdb_server_LOG_NAME, msg);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/gdb/gdb-connection.js


class GDBConnection {
    constructor(server, onResponse) {
        this.server = server;
        this.onResponse = onResponse;
        this.target = this.server.target;
        this.buf = '';
        server.addConnection(this);
        onResponse('+');
    }
    feedData(data) {
        const { onResponse } = this;
        if (data.charCodeAt(0) === 3) {
            this.server.info('BREAK');
            this.target.stop();
            onResponse(gdbMessage(STOP_REPLY_SIGINT));
            data = data.slice(1);
        }
        this.buf += data;
        for (;;) {
            const dolla = this.buf.indexOf('$');
            const hash = this.buf.indexOf('#', dolla + 1);
            if (dolla < 0 || hash < 0 || hash + 2 > this.buf.length) {
                return;
            }
            const cmd = this.buf.substring(dolla + 1, hash);
            const cksum = this.buf.substr(hash + 1, 2);
            this.buf = this.buf.substr(hash + 2);
            if (gdbChecksum(cmd) !== cksum) {
                this.server.warn(`GDB checksum error in message: ${cmd}`);
                onResponse('-');
            }
            else {
                onResponse('+');
                this.server.debug(`>${cmd}`);
                const response = this.server.processGDBMessage(cmd);
                if (response) {
                    this.server.debug(`<${response}`);
                    onResponse(response);
                }
            }
        }
    }
    onBreakpoint() {
        try {
            this.onResponse(gdbMessage(STOP_REPLY_TRAP));
        }
        catch (e) {
            this.server.removeConnection(this);
        }
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/simulator.js


class Simulator {
    constructor(clock = new SimulationClock()) {
        this.clock = clock;
        this.executeTimer = null;
        this.stopped = true;
        this.rp2040 = new RP2040(clock);
        this.rp2040.onBreak = () => this.stop();
    }
    execute() {
        const { rp2040, clock } = this;
        this.executeTimer = null;
        this.stopped = false;
        const cycleNanos = 1e9 / 125000000; // 125 MHz
        for (let i = 0; i < 1000000 && !this.stopped; i++) {
            if (rp2040.core.waiting) {
                const { nanosToNextAlarm } = clock;
                clock.tick(nanosToNextAlarm);
                i += nanosToNextAlarm / cycleNanos;
            }
            else {
                const cycles = rp2040.core.executeInstruction();
                clock.tick(cycles * cycleNanos);
            }
        }
        if (!this.stopped) {
            this.executeTimer = setTimeout(() => this.execute(), 0);
        }
    }
    stop() {
        this.stopped = true;
        if (this.executeTimer != null) {
            clearTimeout(this.executeTimer);
            this.executeTimer = null;
        }
    }
    get executing() {
        return !this.stopped;
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/usb/interfaces.js
var interfaces_DataDirection;
(function (DataDirection) {
    DataDirection[DataDirection["HostToDevice"] = 0] = "HostToDevice";
    DataDirection[DataDirection["DeviceToHost"] = 1] = "DeviceToHost";
})(interfaces_DataDirection || (interfaces_DataDirection = {}));
var interfaces_SetupType;
(function (SetupType) {
    SetupType[SetupType["Standard"] = 0] = "Standard";
    SetupType[SetupType["Class"] = 1] = "Class";
    SetupType[SetupType["Vendor"] = 2] = "Vendor";
    SetupType[SetupType["Reserved"] = 3] = "Reserved";
})(interfaces_SetupType || (interfaces_SetupType = {}));
var interfaces_SetupRecipient;
(function (SetupRecipient) {
    SetupRecipient[SetupRecipient["Device"] = 0] = "Device";
    SetupRecipient[SetupRecipient["Interface"] = 1] = "Interface";
    SetupRecipient[SetupRecipient["Endpoint"] = 2] = "Endpoint";
    SetupRecipient[SetupRecipient["Other"] = 3] = "Other";
})(interfaces_SetupRecipient || (interfaces_SetupRecipient = {}));
var interfaces_SetupRequest;
(function (SetupRequest) {
    SetupRequest[SetupRequest["GetStatus"] = 0] = "GetStatus";
    SetupRequest[SetupRequest["ClearFeature"] = 1] = "ClearFeature";
    SetupRequest[SetupRequest["Reserved1"] = 2] = "Reserved1";
    SetupRequest[SetupRequest["SetFeature"] = 3] = "SetFeature";
    SetupRequest[SetupRequest["Reserved2"] = 4] = "Reserved2";
    SetupRequest[SetupRequest["SetAddress"] = 5] = "SetAddress";
    SetupRequest[SetupRequest["GetDescriptor"] = 6] = "GetDescriptor";
    SetupRequest[SetupRequest["SetDescriptor"] = 7] = "SetDescriptor";
    SetupRequest[SetupRequest["GetConfiguration"] = 8] = "GetConfiguration";
    SetupRequest[SetupRequest["SetDeviceConfiguration"] = 9] = "SetDeviceConfiguration";
    SetupRequest[SetupRequest["GetInterface"] = 10] = "GetInterface";
    SetupRequest[SetupRequest["SetInterface"] = 11] = "SetInterface";
    SetupRequest[SetupRequest["SynchFrame"] = 12] = "SynchFrame";
})(interfaces_SetupRequest || (interfaces_SetupRequest = {}));
var interfaces_DescriptorType;
(function (DescriptorType) {
    DescriptorType[DescriptorType["Device"] = 1] = "Device";
    DescriptorType[DescriptorType["Configration"] = 2] = "Configration";
    DescriptorType[DescriptorType["String"] = 3] = "String";
    DescriptorType[DescriptorType["Interface"] = 4] = "Interface";
    DescriptorType[DescriptorType["Endpoint"] = 5] = "Endpoint";
})(interfaces_DescriptorType || (interfaces_DescriptorType = {}));

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/usb/setup.js

function setup_createSetupPacket(params) {
    const setupPacket = new Uint8Array(8);
    setupPacket[0] = (params.dataDirection << 7) | (params.type << 5) | params.recipient;
    setupPacket[1] = params.bRequest;
    setupPacket[2] = params.wValue & 0xff;
    setupPacket[3] = (params.wValue >> 8) & 0xff;
    setupPacket[4] = params.wIndex & 0xff;
    setupPacket[5] = (params.wIndex >> 8) & 0xff;
    setupPacket[6] = params.wLength & 0xff;
    setupPacket[7] = (params.wLength >> 8) & 0xff;
    return setupPacket;
}
function setup_setDeviceAddressPacket(address) {
    return setup_createSetupPacket({
        dataDirection: DataDirection.HostToDevice,
        type: SetupType.Standard,
        recipient: SetupRecipient.Device,
        bRequest: SetupRequest.SetAddress,
        wValue: address,
        wIndex: 0,
        wLength: 0,
    });
}
function setup_getDescriptorPacket(type, length, index = 0) {
    return setup_createSetupPacket({
        dataDirection: DataDirection.DeviceToHost,
        type: SetupType.Standard,
        recipient: SetupRecipient.Device,
        bRequest: SetupRequest.GetDescriptor,
        wValue: type << 8,
        wIndex: index,
        wLength: length,
    });
}
function setup_setDeviceConfigurationPacket(configurationNumber) {
    return setup_createSetupPacket({
        dataDirection: DataDirection.HostToDevice,
        type: SetupType.Standard,
        recipient: SetupRecipient.Device,
        bRequest: SetupRequest.SetDeviceConfiguration,
        wValue: configurationNumber,
        wIndex: 0,
        wLength: 0,
    });
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/usb/cdc.js



// CDC stuff
const CDC_REQUEST_SET_CONTROL_LINE_STATE = 0x22;
const CDC_DTR = (/* unused pure expression or super */ null && (1 << 0));
const CDC_RTS = (/* unused pure expression or super */ null && (1 << 1));
const CDC_DATA_CLASS = 10;
const ENDPOINT_BULK = 2;
const TX_FIFO_SIZE = 512;
const ENDPOINT_ZERO = 0;
const CONFIGURATION_DESCRIPTOR_SIZE = 9;
function extractEndpointNumbers(descriptors) {
    let index = 0;
    let foundInterface = false;
    const result = {
        in: -1,
        out: -1,
    };
    while (index < descriptors.length) {
        const len = descriptors[index];
        if (len < 2 || descriptors.length < index + len) {
            break;
        }
        const type = descriptors[index + 1];
        if (type === DescriptorType.Interface && len === 9) {
            const numEndpoints = descriptors[index + 4];
            const interfaceClass = descriptors[index + 5];
            foundInterface = numEndpoints === 2 && interfaceClass === CDC_DATA_CLASS;
        }
        if (foundInterface && type === DescriptorType.Endpoint && len === 7) {
            const address = descriptors[index + 2];
            const attributes = descriptors[index + 3];
            if ((attributes & 0x3) === ENDPOINT_BULK) {
                if (address & 0x80) {
                    result.in = address & 0xf;
                }
                else {
                    result.out = address & 0xf;
                }
            }
        }
        index += descriptors[index];
    }
    return result;
}
class USBCDC {
    constructor(usb) {
        this.usb = usb;
        this.txFIFO = new FIFO(TX_FIFO_SIZE);
        this.initialized = false;
        this.descriptorsSize = null;
        this.descriptors = [];
        this.outEndpoint = -1;
        this.inEndpoint = -1;
        this.usb.onUSBEnabled = () => {
            this.usb.resetDevice();
        };
        this.usb.onResetReceived = () => {
            this.usb.sendSetupPacket(setDeviceAddressPacket(1));
        };
        this.usb.onEndpointWrite = (endpoint, buffer) => {
            var _a, _b;
            if (endpoint === ENDPOINT_ZERO && buffer.length === 0) {
                if (this.descriptorsSize == null) {
                    this.usb.sendSetupPacket(getDescriptorPacket(DescriptorType.Configration, CONFIGURATION_DESCRIPTOR_SIZE));
                }
                // Acknowledgement
                else if (!this.initialized) {
                    this.cdcSetControlLineState();
                    (_a = this.onDeviceConnected) === null || _a === void 0 ? void 0 : _a.call(this);
                }
            }
            if (endpoint === ENDPOINT_ZERO && buffer.length > 1) {
                if (buffer.length === CONFIGURATION_DESCRIPTOR_SIZE &&
                    buffer[1] === DescriptorType.Configration &&
                    this.descriptorsSize == null) {
                    this.descriptorsSize = (buffer[3] << 8) | buffer[2];
                    this.usb.sendSetupPacket(getDescriptorPacket(DescriptorType.Configration, this.descriptorsSize));
                }
                else if (this.descriptorsSize != null && this.descriptors.length < this.descriptorsSize) {
                    this.descriptors.push(...buffer);
                }
                if (this.descriptorsSize === this.descriptors.length) {
                    const endpoints = extractEndpointNumbers(this.descriptors);
                    this.inEndpoint = endpoints.in;
                    this.outEndpoint = endpoints.out;
                    // Now configure the device
                    this.usb.sendSetupPacket(setDeviceConfigurationPacket(1));
                }
            }
            if (endpoint === this.inEndpoint) {
                (_b = this.onSerialData) === null || _b === void 0 ? void 0 : _b.call(this, buffer);
            }
        };
        this.usb.onEndpointRead = (endpoint, size) => {
            if (endpoint === this.outEndpoint) {
                const buffer = new Uint8Array(Math.min(size, this.txFIFO.itemCount));
                for (let i = 0; i < buffer.length; i++) {
                    buffer[i] = this.txFIFO.pull();
                }
                this.usb.endpointReadDone(this.outEndpoint, buffer);
            }
        };
    }
    cdcSetControlLineState(value = CDC_DTR | CDC_RTS, interfaceNumber = 0) {
        this.usb.sendSetupPacket(createSetupPacket({
            dataDirection: DataDirection.HostToDevice,
            type: SetupType.Class,
            recipient: SetupRecipient.Device,
            bRequest: CDC_REQUEST_SET_CONTROL_LINE_STATE,
            wValue: value,
            wIndex: interfaceNumber,
            wLength: 0,
        }));
        this.initialized = true;
    }
    sendSerialByte(data) {
        this.txFIFO.push(data);
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/rp2040js@1.4.1/node_modules/rp2040js/dist/esm/index.js

















/***/ }),

/***/ 73706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ formatTime)
/* harmony export */ });
/* unused harmony export getCurrentMicroseconds */
function getCurrentMicroseconds() {
    if (typeof performance != 'undefined') {
        return Math.floor(performance.now() * 1000);
    }
    else {
        return Math.floor(eval('require')('perf_hooks').performance.now() * 1000);
    }
}
function leftPad(value, minLength, padChar = ' ') {
    if (value.length < minLength) {
        value = padChar + value;
    }
    return value;
}
function rightPad(value, minLength, padChar = ' ') {
    if (value.length < minLength) {
        value += padChar;
    }
    return value;
}
function formatTime(date) {
    const hours = leftPad(date.getHours().toString(), 2, '0');
    const minutes = leftPad(date.getMinutes().toString(), 2, '0');
    const seconds = leftPad(date.getSeconds().toString(), 2, '0');
    const milliseconds = rightPad(date.getMilliseconds().toString(), 3);
    return `${hours}:${minutes}:${seconds}.${milliseconds}`;
}


/***/ })

};

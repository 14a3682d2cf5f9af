// The built-in virtual devices: what the real parts print at boot and the command sets teams script
// against them. Each is a profile in the same YAML a user writes, checked by the same schema.

const esp32 = String.raw`
name: esp32
description: ESP32 (ESP-IDF boot log) running Espressif's AT command firmware, with sensor telemetry
baud: 115200
seed: 32
banner: |
  ets Jun  8 2016 00:22:57

  rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)
  configsip: 0, SPIWP:0xee
  clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00
  mode:DIO, clock div:2
  load:0x3fff0030,len:7104
  entry 0x400805f0
  I (29) boot: ESP-IDF v5.1.2 2nd stage bootloader
  I (29) boot: chip revision: v3.0
  I (312) cpu_start: Starting scheduler on PRO CPU.
  ready
state:
  wifi: disconnected
  ssid: ""
  ip: 0.0.0.0
  sends: 0
rules:
  - match: AT
    reply: OK
  - match: AT+GMR
    reply: ["AT version:3.2.0.0(s-ec2dec2 - ESP32 - Jul 28 2023 07:05:28)", "SDK version:v5.0.4-dirty", "compile time(6800286):Aug 11 2023 10:00:00", "Bin version:v3.2.0(WROOM-32)", "", "OK"]
  - match: AT+RST
    reply: OK
    restart: true
  - match: AT+CWMODE=1
    reply: OK
  - match: '/^AT\+CWJAP="(?<ssid>[^"]+)","(?<password>[^"]*)"$/'
    when: { wifi: disconnected }
    reply: ["WIFI CONNECTED", "WIFI GOT IP", "", "OK"]
    set: { wifi: connected, ssid: "{{ssid}}", ip: 192.168.4.2 }
    delay: 300ms
  - match: '/^AT\+CWJAP=/'
    reply: ["+CWJAP:1", "", "FAIL"]
  - match: AT+CWJAP?
    when: { wifi: connected }
    reply: ['+CWJAP:"{{ssid}}","a4:cf:12:00:00:01",6,-58,0,1,3,0,1', "", "OK"]
  - match: AT+CWJAP?
    reply: ["No AP", "", "OK"]
  - match: AT+CIFSR
    reply: ['+CIFSR:STAIP,"{{ip}}"', '+CIFSR:STAMAC,"a4:cf:12:00:00:02"', "", "OK"]
  - match: AT+CWQAP
    reply: OK
    set: { wifi: disconnected, ip: 0.0.0.0 }
  - match: '/^AT\+CIPSEND=(?<length>\d+)$/'
    when: { wifi: connected }
    reply: ["Recv {{length}} bytes", "", "SEND OK"]
    add: { sends: 1 }
  - match: '/^AT\+CIPSEND=/'
    reply: ERROR
  - match: AT+SENDS?
    reply: ["+SENDS:{{sends}}", "", "OK"]
unknown-reply: ERROR
telemetry:
  - every: 1s
    line: "sensor: temp={{temp}} humidity={{humidity}} rssi={{rssi}}"
    values:
      temp: { random-walk: { start: 22.5, step: 0.3, min: 15, max: 35 }, decimals: 1 }
      humidity: { ramp: { from: 40, to: 60, step: 0.5 }, decimals: 1 }
      rssi: { random-walk: { start: -58, step: 2, min: -90, max: -30 }, decimals: 0 }
`;

const stm32 = `
name: stm32
description: STM32 running a CLI shell over USART1
baud: 115200
seed: 407
banner: |

  STM32F407VG @ 168 MHz, HAL 1.27.1, boot reason: POR
  shell v2.4 ready
  >
state:
  led: "off"
  uptime: 0
rules:
  - match: help
    reply: ["commands: help version led on|off status reset", ">"]
  - match: version
    reply: ["fw 2.4.0 (git 3f2c1d9) built Nov 30 2026", ">"]
  - match: '/^led (?<state>on|off)$/'
    reply: ["led {{state}}", ">"]
    set: { led: "{{state}}" }
  - match: status
    reply: ["led={{led}} vbat=3.28V temp=36.1C", ">"]
  - match: reset
    reply: ["resetting..."]
    restart: true
unknown-reply: ["error: unknown command", ">"]
telemetry:
  - every: 2s
    line: "adc ch0={{ch0}} ch1={{ch1}}"
    values:
      ch0: { random-walk: { start: 2048, step: 16, min: 0, max: 4095 }, decimals: 0 }
      ch1: { ramp: { from: 0, to: 4095, step: 256 }, decimals: 0 }
`;

const rp2040 = String.raw`
name: rp2040
description: Raspberry Pi Pico running MicroPython's REPL on UART0
baud: 115200
seed: 2040
banner: |
  MicroPython v1.22.1 on 2024-01-05; Raspberry Pi Pico with RP2040
  Type "help()" for more information.
  >>> 
state:
  led: 0
rules:
  - match: help()
    reply: ["Welcome to MicroPython!", ">>> "]
  - match: import machine
    reply: ">>> "
  - match: '/^machine\.Pin\((?<pin>\d+|"LED"), machine\.Pin\.OUT\)\.value\((?<value>[01])\)$/'
    reply: ">>> "
    set: { led: "{{value}}" }
  - match: print(led)
    reply: ["{{led}}", ">>> "]
  - match: machine.reset()
    reply: []
    restart: true
unknown-reply: ["Traceback (most recent call last):", '  File "<stdin>", line 1, in <module>', "NameError: name isn't defined", ">>> "]
`;

const riscv = `
name: riscv
description: A RISC-V board (GD32VF103 class) running a Zephyr shell
baud: 115200
seed: 5
banner: |
  *** Booting Zephyr OS build v3.5.0 ***
  uart:~$ 
state:
  counter: 0
rules:
  - match: kernel version
    reply: ["Zephyr version 3.5.0", "uart:~$ "]
  - match: kernel uptime
    reply: ["Uptime: 1532 ms", "uart:~$ "]
  - match: counter inc
    add: { counter: 1 }
    reply: ["counter={{counter}}", "uart:~$ "]
  - match: kernel reboot cold
    reply: []
    restart: true
unknown-reply: ["{{line}}: command not found", "uart:~$ "]
telemetry:
  - every: 1s
    line: "[{{t}}] <inf> sensor: die_temp={{temp}}"
    values:
      t: { ramp: { from: 1000, to: 1000000, step: 1000 }, decimals: 0 }
      temp: { random-walk: { start: 41, step: 0.25, min: 30, max: 60 }, decimals: 2 }
`;

export const BUILT_IN_PROFILES: Readonly<Record<string, string>> = { esp32, stm32, rp2040, riscv };

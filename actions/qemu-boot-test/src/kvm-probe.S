/* The KVM probe guest, as 64 KiB of firmware for qemu -bios on x86: from the reset vector to protected
 * mode, then 64-bit long mode with paging (where a broken KVM hangs, as it does when booting Linux), then
 * it writes 0x2a to isa-debug-exit at port 0xf4, so qemu exits with status 85.
 * kvm.ts holds the assembled bytes; kvm.test.ts assembles this file and checks they are the same:
 *   as -o probe.o kvm-probe.S && ld -Ttext=0xf0000 -e 0xf0000 -o probe.elf probe.o && objcopy -O binary probe.elf probe.bin */
  .code16
  .text
start:
  cli
  mov %cs, %ax
  mov %ax, %ds
  lgdtl (gdt_desc - start)
  mov %cr0, %eax
  or $1, %eax
  mov %eax, %cr0
  ljmpl $0x08, $protected
  .code32
protected:
  mov $0x10, %ax
  mov %ax, %ds
  mov %ax, %es
  mov %ax, %ss
  /* Page tables in low RAM: PML4 at 0x1000 -> PDPT at 0x2000 -> PD at 0x3000, one 2 MiB identity page. */
  mov $0x1000, %edi
  xor %eax, %eax
  mov $0xc00, %ecx
  rep stosl
  movl $0x2003, 0x1000
  movl $0x3003, 0x2000
  movl $0x83, 0x3000
  mov $0x1000, %eax
  mov %eax, %cr3
  mov %cr4, %eax
  or $0x20, %eax              /* PAE */
  mov %eax, %cr4
  mov $0xc0000080, %ecx       /* EFER.LME */
  rdmsr
  or $0x100, %eax
  wrmsr
  mov %cr0, %eax
  or $0x80000000, %eax        /* paging on: long mode */
  mov %eax, %cr0
  ljmp $0x18, $long
  .code64
long:
  mov $0x2a, %al
  out %al, $0xf4
halt:
  hlt
  jmp halt
  .align 8
gdt:
  .quad 0
  .quad 0x00cf9a000000ffff    /* 0x08: 32-bit code */
  .quad 0x00cf92000000ffff    /* 0x10: data */
  .quad 0x00af9a000000ffff    /* 0x18: 64-bit code */
gdt_desc:
  .word gdt_desc - gdt - 1
  .long gdt
  .org 0xfff0                 /* the reset vector, 16 bytes below 1 MiB */
  .code16
  ljmp $0xf000, $(start - 0xf0000)
  .org 0x10000

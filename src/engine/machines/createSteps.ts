// What `docker-machine create --driver virtualbox NAME` prints and when, in ms after the command
// started. A VirtualBox VM takes the better part of a minute to boot and provision (most of it
// waiting for the guest's DHCP lease and for sshd), against about a second for a container.
export interface MachineStep {
  at: number;
  line: (name: string) => string;
}

export const MACHINE_CREATE_STEPS: MachineStep[] = [
  { at: 0, line: () => 'Running pre-create checks...' },
  { at: 900, line: () => 'Creating machine...' },
  { at: 1500, line: (n) => `(${n}) Creating VirtualBox VM...` },
  { at: 7200, line: (n) => `(${n}) Creating SSH key...` },
  { at: 7600, line: (n) => `(${n}) Starting the VM...` },
  { at: 9300, line: (n) => `(${n}) Waiting for an IP...` },
  { at: 38400, line: () => 'Waiting for machine to be running, this may take a few minutes...' },
  { at: 38900, line: () => 'Detecting operating system of created instance...' },
  { at: 39100, line: () => 'Waiting for SSH to be available...' },
  { at: 41700, line: () => 'Detecting the provisioner...' },
  { at: 42300, line: () => 'Provisioning with boot2docker...' },
  { at: 43600, line: () => 'Copying certs to the local machine directory...' },
  { at: 43700, line: () => 'Copying certs to the remote machine...' },
  { at: 44600, line: () => 'Setting Docker configuration on the remote daemon...' },
  { at: 51200, line: () => 'Checking connection to Docker...' },
  { at: 52100, line: () => 'Docker is up and running!' },
  {
    at: 52100,
    line: (n) => `To see how to connect your Docker Client to the Docker Engine running on this virtual machine, run: docker-machine env ${n}`,
  },
];

export const MACHINE_CREATE_MS = MACHINE_CREATE_STEPS[MACHINE_CREATE_STEPS.length - 1].at;

/** `docker-machine start NAME`: the VM boots again and asks DHCP for its lease. */
export const MACHINE_START_STEPS: MachineStep[] = [
  { at: 0, line: (n) => `Starting "${n}"...` },
  { at: 600, line: (n) => `(${n}) Check network to re-create if needed...` },
  { at: 1900, line: (n) => `(${n}) Waiting for an IP...` },
  { at: 27400, line: (n) => `Machine "${n}" was started.` },
  { at: 27400, line: () => 'Waiting for SSH to be available...' },
  { at: 29800, line: () => 'Detecting the provisioner...' },
  { at: 30500, line: () => 'Started machines may have new IP addresses. You may need to re-run the `docker-machine env` command.' },
];

export const MACHINE_START_MS = MACHINE_START_STEPS[MACHINE_START_STEPS.length - 1].at;

/** `docker-machine stop NAME`: an ACPI shutdown the driver polls for. */
export const MACHINE_STOP_STEPS: MachineStep[] = [
  { at: 0, line: (n) => `Stopping "${n}"...` },
  { at: 4200, line: (n) => `Machine "${n}" was stopped.` },
];

export const MACHINE_STOP_MS = MACHINE_STOP_STEPS[MACHINE_STOP_STEPS.length - 1].at;

// The one profile table. Every version-dependent string or format is a field of a section here,
// never an `if (profile === …)` scattered through the code. Sections live in their own files
// (base facts, daemon messages, CLI messages …) and are composed below.
import type { ProfileName, World } from '../world';
import { baseProfiles, type BaseProfile } from './base';
import { cliMessages, type CliMessages } from './cliMessages';
import { containerCliSections, type ContainerCliSection } from './containerCli';
import { daemonMessages, type DaemonMessages } from './daemonMessages';
import { imageMessages, type ImageMessages } from './imageMessages';
import { networkMessages, type NetworkMessages } from './networkMessages';
import { netToolsProfiles, type NetToolsProfile } from './netToolsProfile';
import { programOutputs, type ProgramOutput } from './programOutput';
import { toolMessages, type ToolMessages } from './toolMessages';
import { editorProfiles, type EditorProfile } from './editorProfile';
import { swarmProfiles, type SwarmProfile } from './swarmProfile';
import { buildMessages, type BuildMessages } from './buildMessages';
import { psqlProfiles, type PsqlProfile } from './psqlProfile';

export type Profile = BaseProfile & { cli: CliMessages } & { containerCli: ContainerCliSection } & { daemon: DaemonMessages } & { programs: ProgramOutput } & { images: ImageMessages } & { tools: ToolMessages } & { network: NetworkMessages } & { netTools: NetToolsProfile } & { editors: EditorProfile } & { swarm: SwarmProfile } & { build: BuildMessages } & { psql: PsqlProfile };

export const PROFILES: Record<ProfileName, Profile> = {
  current: { ...baseProfiles.current, cli: cliMessages.current, containerCli: containerCliSections.current, daemon: daemonMessages.current, programs: programOutputs.current, images: imageMessages.current, tools: toolMessages.current, network: networkMessages.current, netTools: netToolsProfiles.current, editors: editorProfiles.current, swarm: swarmProfiles.current, build: buildMessages.current, psql: psqlProfiles.current },
  classic: { ...baseProfiles.classic, cli: cliMessages.classic, containerCli: containerCliSections.classic, daemon: daemonMessages.classic, programs: programOutputs.classic, images: imageMessages.classic, tools: toolMessages.classic, network: networkMessages.classic, netTools: netToolsProfiles.classic, editors: editorProfiles.classic, swarm: swarmProfiles.classic, build: buildMessages.classic, psql: psqlProfiles.classic },
};

export function getProfile(world: Pick<World, 'profile'>): Profile {
  return PROFILES[world.profile];
}

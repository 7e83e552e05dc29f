// /etc/os-release exactly as each distribution release ships it.
export const OS_RELEASE = {
  jessie: `PRETTY_NAME="Debian GNU/Linux 8 (jessie)"
NAME="Debian GNU/Linux"
VERSION_ID="8"
VERSION="8 (jessie)"
ID=debian
HOME_URL="http://www.debian.org/"
SUPPORT_URL="http://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  stretch: `PRETTY_NAME="Debian GNU/Linux 9 (stretch)"
NAME="Debian GNU/Linux"
VERSION_ID="9"
VERSION="9 (stretch)"
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  bullseye: `PRETTY_NAME="Debian GNU/Linux 11 (bullseye)"
NAME="Debian GNU/Linux"
VERSION_ID="11"
VERSION="11 (bullseye)"
VERSION_CODENAME=bullseye
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  trixie: `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
DEBIAN_VERSION_FULL=13.2
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`,
  xenialClassic: ubuntu('16.04.4 LTS (Xenial Xerus)', '16.04.4 LTS', '16.04', 'xenial', 'http'),
  bionicClassic: ubuntu('18.04 LTS (Bionic Beaver)', '18.04 LTS', '18.04', 'bionic', 'https'),
  xenial: ubuntu('16.04.7 LTS (Xenial Xerus)', '16.04.7 LTS', '16.04', 'xenial', 'http'),
  bionic: ubuntu('18.04.6 LTS (Bionic Beaver)', '18.04.6 LTS', '18.04', 'bionic', 'https'),
  noble: `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`,
  alpine37: `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.7.0
PRETTY_NAME="Alpine Linux v3.7"
HOME_URL="http://alpinelinux.org"
BUG_REPORT_URL="http://bugs.alpinelinux.org"
`,
  alpine323: `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.23.2
PRETTY_NAME="Alpine Linux v3.23"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`,
  /** tutum/hello-world was built in 2015 on Alpine 3.2. */
  alpine32: `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.2.3
PRETTY_NAME="Alpine Linux v3.2"
HOME_URL="http://alpinelinux.org"
BUG_REPORT_URL="http://bugs.alpinelinux.org"
`,
};

function ubuntu(version: string, pretty: string, id: string, codename: string, scheme: 'http' | 'https'): string {
  const privacy = scheme === 'https' ? 'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\n' : '';
  return `NAME="Ubuntu"
VERSION="${version}"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME="Ubuntu ${pretty}"
VERSION_ID="${id}"
HOME_URL="${scheme}://www.ubuntu.com/"
SUPPORT_URL="${scheme}://help.ubuntu.com/"
BUG_REPORT_URL="${scheme}://bugs.launchpad.net/ubuntu/"
${privacy}VERSION_CODENAME=${codename}
UBUNTU_CODENAME=${codename}
`;
}

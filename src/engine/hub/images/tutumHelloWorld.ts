// tutum/hello-world: an Alpine image with nginx + php-fpm serving /www/index.php. Built in 2015
// and never rebuilt, so both eras pull the same image.
import type { ProfileName } from '../../world';
import type { CatalogImage } from '../catalogTypes';
import { ALPINE_BASES } from '../bases/alpine';
import { bins, defineImage, defineLayer } from '../defineCatalog';
import { copy } from '../steps';

const CREATED = '2015-12-11T20:10:52.311Z';
const CMD = 'php-fpm -d variables_order="EGPCS" && (tail -F /var/log/nginx/access.log &) && exec nginx -g "daemon off;"';

const INDEX_PHP = `<html>
<head>
	<title>Hello world!</title>
	<link href='http://fonts.googleapis.com/css?family=Open+Sans:400,700' rel='stylesheet' type='text/css'>
	<style>
	body {
		background-color: white;
		text-align: center;
		padding: 50px;
		font-family: "Open Sans","Helvetica Neue",Helvetica,Arial,sans-serif;
	}

	#logo {
		margin-bottom: 40px;
	}
	</style>
</head>
<body>
	<img id="logo" src="logo.png" />
	<h1><?php echo "Hello ".($_ENV["NAME"]?$_ENV["NAME"]:"world")."!"; ?></h1>
	<?php if($_ENV["HOSTNAME"]) {?><h3>My hostname is <?php echo $_ENV["HOSTNAME"]; ?></h3><?php } ?>
	<?php
	$links = [];
	foreach($_ENV as $key => $value) {
		if(preg_match("/^(.*)_PORT_([0-9]*)_(TCP|UDP)$/", $key, $matches)) {
			$links[] = [
				"name" => $matches[1],
				"port" => $matches[2],
				"proto" => $matches[3],
				"value" => $value
			];
		}
	}
	if($links) {
	?>
		<h3>Links found</h3>
		<?php
		foreach($links as $link) {
			?>
			<b><?php echo $link["name"]; ?></b> listening in <?php echo $link["port"]."/".$link["proto"]; ?> available at <?php echo $link["value"]; ?><br />
			<?php
		}
		?>
	<?php
	}
	?>
</body>
</html>
`;

const layer = (n: string, size: number, compressed: number, files = {}) =>
  defineLayer({ seed: `tutum/hello-world@${CREATED}/${n}`, size, compressed, created: CREATED, files });

function tutum(era: ProfileName): CatalogImage {
  return defineImage({
    era,
    repo: 'tutum/hello-world',
    tags: ['latest'],
    created: CREATED,
    id: '31e17b0746e4',
    dockerVersion: '1.8.3',
    author: 'support@tutum.co',
    base: ALPINE_BASES.v32,
    steps: [
      '/bin/sh -c #(nop) MAINTAINER support@tutum.co',
      [
        '/bin/sh -c apk --update add nginx php-fpm &&     mkdir -p /var/log/nginx &&     touch /var/log/nginx/access.log &&     mkdir -p /tmp/nginx &&     echo "clear_env = no" >> /etc/php/php-fpm.conf',
        layer('packages', 12_420_000, 4_230_000, {
          ...bins('/usr/sbin', ['nginx'], 820_000),
          ...bins('/usr/bin', ['php-fpm', 'php'], 3_900_000),
          '/etc/php/php-fpm.conf': 'clear_env = no\n',
          '/var/log/nginx/access.log': '',
          '/tmp/nginx': { dir: 0o755 },
        }),
      ],
      copy('classic', 'www', '/www', layer('www', 145_000, 61_000, { '/www/index.php': INDEX_PHP, '/www/logo.png': { bin: 144_270 } }), 'ADD'),
      copy('classic', 'nginx.conf', '/etc/nginx/', layer('conf', 1_100, 610, { '/etc/nginx/nginx.conf': 'daemon off;\nworker_processes  1;\n' }), 'ADD'),
      '/bin/sh -c #(nop) EXPOSE 80/tcp',
      `/bin/sh -c #(nop) CMD ["/bin/sh" "-c" "${CMD.replace(/"/g, '\\"')}"]`,
    ],
    config: { cmd: ['/bin/sh', '-c', CMD], exposedPorts: ['80/tcp'] },
  });
}

export const TUTUM_HELLO_WORLD: CatalogImage[] = [tutum('classic'), tutum('current')];

mkdir site
echo '<h1>my site</h1>' > site/index.html
docker run --rm -v $(pwd)/site:/w busybox ls /w
docker run --rm -v $(pwd)/site:/w busybox cat /w/index.html
docker run --rm -v $(pwd)/site:/w busybox sh -c 'echo written > /w/from-container.txt'
cat site/from-container.txt
docker run --rm -v $(pwd)/site:/w:ro busybox sh -c 'echo x > /w/x'
docker run --rm -v $(pwd)/site:/w:ro busybox rm /w/index.html
docker run -d --name web -p 8080:80 -v $(pwd)/site:/usr/share/nginx/html:ro nginx
curl localhost:8080
echo '<h1>edited on the host</h1>' > site/index.html
curl localhost:8080
mkdir app
echo "console.log('hello from /app')" > app/server.js
docker run --rm -v /home/docker/app:/app node node /app/server.js
docker run --rm -v notes:/data busybox sh -c 'echo kept > /data/note.txt'
docker run --rm -v notes:/data busybox cat /data/note.txt
docker run -d --name web2 -v pages:/usr/share/nginx/html nginx
docker run --rm -v pages:/p busybox ls /p

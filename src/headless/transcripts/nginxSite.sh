mkdir -p site/docs site/empty site/js
echo '<h1>home</h1>' > site/index.html
echo '<h1>docs</h1>' > site/docs/index.html
echo 'console.log(1)' > site/js/app.js
echo '{"a":1}' > site/data.json
echo 'x' > site/font.woff2
docker run -d --name web -p 8080:80 -v $(pwd)/site:/usr/share/nginx/html:ro nginx
curl -i localhost:8080/
curl -i localhost:8080/docs
curl -i localhost:8080/docs/
curl -i localhost:8080/empty/
curl -i localhost:8080/nope/
curl -sI localhost:8080/js/app.js
curl -sI localhost:8080/data.json
curl -sI localhost:8080/font.woff2
docker logs web

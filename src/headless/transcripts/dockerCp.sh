echo '<h1>copied in</h1>' > index.html
docker run -d --name web -p 8080:80 nginx
docker cp ./index.html web:/usr/share/nginx/html/
curl localhost:8080
docker diff web
docker cp web:/etc/nginx/nginx.conf .
ls
head -3 nginx.conf
docker cp web:/nope .
docker cp nope.txt web:/tmp/
docker cp index.html nosuch:/tmp/x
docker cp index.html web:/nope/x.html
docker cp web:/etc/nginx/conf.d ./conf
ls conf
docker cp index.html web:/usr/share/nginx/html/sub/
docker stop web
docker cp index.html web:/tmp/stopped.html
docker diff web
docker cp web:/tmp/stopped.html /home/docker/nope/x
docker cp a b
docker cp web:/a web:/b
docker cp index.html web:/tmp/x | cat

docker run -d -p 80:80 --name tutorial docker/getting-started
curl -s localhost | head -5
docker run -d -p 8080:80 --name web httpd:2.4
curl -i localhost:8080
docker stop web
docker logs web
docker network create todo-app
docker run --name nopw mysql:8.0
docker run -d --network todo-app --network-alias mysql -v todo-mysql-data:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=secret -e MYSQL_DATABASE=todos --name db mysql:8.0
docker logs --tail 1 db
docker run -it --network todo-app nicolaka/netshoot
dig mysql
exit
docker run --rm alpine/git --version
docker run --name gitc alpine/git clone https://github.com/docker/getting-started-app.git
docker diff gitc
docker run --rm --network none alpine/git clone https://github.com/docker/getting-started-app.git
docker stop db
docker logs --tail 2 db

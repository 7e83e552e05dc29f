docker run -d --name box busybox sleep 1000
docker exec box sh -c "echo hello > /greeting.txt"
docker commit -m "add greeting" box student/hello:v1
docker save student/hello:v1
docker save -o hello.tar student/hello:v1
ls -l hello.tar
docker rm -f box
docker rmi student/hello:v1
docker load -i hello.tar
docker images
docker push student/hello:v1
docker login -u student -p secret
docker push student/hello:v1
docker push student/hello:v1
docker-machine create --driver virtualbox myvm1
eval $(docker-machine env myvm1)
docker pull student/hello:v1
docker run --rm student/hello:v1 cat /greeting.txt
